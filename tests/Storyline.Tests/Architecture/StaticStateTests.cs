using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Storyline.Tests.Architecture;

/// <summary>
/// No static mutable state in the product (core, engine, CLI): every static field is readonly (or const), and none holds
/// something that changes after start-up — a mutable collection, an array, a cache, a lazily loaded model or a hook. What
/// a run needs is created at the edge and passed in (a <c>ModelStore</c>, a fetcher, a trace callback).
/// </summary>
public sealed class StaticStateTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Storyline.Articles.Article).Assembly,
        typeof(Storyline.Pipeline.Digester).Assembly,
        typeof(Storyline.Cli.Program).Assembly,
    ];

    /// <summary>Types whose instances never change, so a readonly static field of the type is a constant.</summary>
    private static bool IsImmutable(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(Type)) return true;
        if (t.IsGenericType)
        {
            var g = t.GetGenericTypeDefinition();
            if (g == typeof(ImmutableArray<>) || g == typeof(FrozenSet<>) || g == typeof(FrozenDictionary<,>)
                || g.FullName?.StartsWith("System.Collections.Immutable.Immutable", StringComparison.Ordinal) == true
                || g.FullName?.StartsWith("System.Collections.Frozen.", StringComparison.Ordinal) == true
                || g.FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true
                || g.FullName?.StartsWith("System.Buffers.SearchValues", StringComparison.Ordinal) == true)
                return true;
        }
        return false;
    }

    /// <summary>Field types that hold state that changes: collections one can add to, arrays, lazily created values, weak
    /// tables and callbacks one could swap. (A readonly field of such a type can still change what it holds.)</summary>
    private static bool IsMutableHolder(Type t)
    {
        if (IsImmutable(t)) return false;
        if (t.IsArray) return true;
        if (t.IsGenericType)
        {
            var g = t.GetGenericTypeDefinition();
            if (g == typeof(Lazy<>) || g == typeof(ThreadLocal<>) || g == typeof(AsyncLocal<>) || g == typeof(ConditionalWeakTable<,>)
                || g == typeof(StrongBox<>))
                return true;
        }
        // List<T>, Dictionary<K,V>, HashSet<T>, ConcurrentDictionary<K,V>, Queue<T>…: anything with Add/Clear of its own
        if (typeof(IEnumerable).IsAssignableFrom(t) && t.GetMethods().Any(m => m.Name is "Add" or "TryAdd" or "Clear" or "Enqueue" or "Push"))
            return true;
        return false;
    }

    /// <summary>
    /// Compiler-made fields are not program state: the C# compiler caches the delegate of a non-capturing lambda in a
    /// static field of its closure class (<c>&lt;&gt;c</c>), set once on first use; the regex source generator and
    /// <c>&lt;PrivateImplementationDetails&gt;</c> hold constant tables. Auto-property backing fields are *not* excused:
    /// they carry the property's own attribute, so they are checked below like any field.
    /// </summary>
    private static bool MadeByTheCompiler(FieldInfo f)
    {
        for (var t = f.DeclaringType; t is not null; t = t.DeclaringType)
            if (t.IsDefined(typeof(CompilerGeneratedAttribute)) || t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute))
                || t.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal)) return true;
        return false;
    }

    private static IEnumerable<FieldInfo> StaticFields() =>
        Product.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !MadeByTheCompiler(f));

    private static string Name(FieldInfo f) => $"{f.DeclaringType!.FullName}.{f.Name} ({f.FieldType.Name})";

    [Fact]
    public void Every_static_field_of_the_product_is_readonly()
    {
        var writable = StaticFields().Where(f => !f.IsInitOnly).Select(Name).ToList();
        Assert.True(writable.Count == 0, "static fields that can be reassigned (global state): " + string.Join("; ", writable));
    }

    [Fact]
    public void No_static_field_of_the_product_holds_a_mutable_collection_a_cache_or_a_hook()
    {
        var mutable = StaticFields().Where(f => IsMutableHolder(f.FieldType)).Select(Name).ToList();
        Assert.True(mutable.Count == 0, "static fields holding state that can change (use FrozenSet/ImmutableArray, or pass it in): " + string.Join("; ", mutable));
    }

    [Fact]
    public void The_checks_see_what_they_must_refuse()
    {
        // a test that cannot fail is a defect: the rules above flag each kind of field they are meant to
        var fields = typeof(Offenders).GetFields(BindingFlags.Static | BindingFlags.NonPublic);
        Assert.Contains(fields, f => f.Name == nameof(Offenders.Counter) && !f.IsInitOnly);
        Assert.All(new[] { nameof(Offenders.Cache), nameof(Offenders.Table), nameof(Offenders.Model) },
            n => Assert.True(IsMutableHolder(fields.Single(f => f.Name == n).FieldType), n));
        Assert.False(IsMutableHolder(typeof(FrozenSet<string>)));
        Assert.False(IsMutableHolder(typeof(ImmutableArray<int>)));
        var hook = typeof(Offenders).GetProperty(nameof(Offenders.Hook), BindingFlags.Static | BindingFlags.NonPublic)!;
        Assert.NotNull(hook.SetMethod);
        Assert.Contains(fields, f => f.Name.Contains(nameof(Offenders.Hook), StringComparison.Ordinal) && !f.IsInitOnly && !MadeByTheCompiler(f));
    }

#pragma warning disable CS0649, CS0169, IDE0044, IDE0051 // fields exist only to be inspected
    private static class Offenders
    {
        internal static int Counter;
        internal static readonly Dictionary<string, string> Cache = new();
        internal static readonly string[] Table = ["a"];
        internal static readonly Lazy<object> Model = new(() => new object());
        internal static Action<string>? Hook { get; set; }
    }
#pragma warning restore CS0649, CS0169, IDE0044, IDE0051
}
