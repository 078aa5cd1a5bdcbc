using System.Reflection;
using NetArchTest.Rules;

namespace Storyline.Tests.Architecture;

/// <summary>
/// The tree reads as the data flow, and imports run one way: a folder may use the folders before it in its project's
/// order (and the core), never one after it. A wrong-way reference fails here, naming the types that make it.
/// </summary>
public sealed class FlowDirectionTests
{
    private static readonly Assembly Core = typeof(Storyline.Articles.Article).Assembly;
    private static readonly Assembly Engine = typeof(Storyline.Pipeline.Digester).Assembly;
    private static readonly Assembly Cli = typeof(Storyline.Cli.Program).Assembly;
    private static readonly Assembly Server = typeof(Storyline.Server.Store.StoryStore).Assembly;

    /// <summary>The core's folders, model first, then the contracts over it.</summary>
    public static readonly string[] CoreOrder = ["Text", "Problems", "Articles", "Stories", "Stages"];

    /// <summary>The engine's folders in flow order: vocabulary and text tools, the matcher, then ingest → clean →
    /// annotate → group → compare → summarise → report, and the pipeline that runs them all.</summary>
    public static readonly string[] EngineOrder =
        ["Language", "Text", "Similarity", "Ingest", "Clean", "Annotate", "Cluster", "Compare", "Summarize", "Report", "Pipeline"];

    public static readonly string[] CliOrder = ["Rendering", "Commands"];

    /// <summary>The server's folders in flow order: its settings, the store, what brings articles in, the incremental
    /// analysis, then the two faces (the JSON API, the pages) and the host that wires them.</summary>
    public static readonly string[] ServerOrder = ["Settings", "Store", "Ingestion", "Analysis", "Api", "Web", "Hosting"];

    public static TheoryData<string, string> Folders()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in CoreOrder) data.Add("core", f);
        foreach (var f in EngineOrder) data.Add("engine", f);
        foreach (var f in CliOrder) data.Add("cli", f);
        foreach (var f in ServerOrder) data.Add("server", f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_only_the_folders_before_it(string project, string folder)
    {
        var (assembly, order, root) = project switch
        {
            "core" => (Core, CoreOrder, "Storyline"),
            "engine" => (Engine, EngineOrder, "Storyline"),
            "server" => (Server, ServerOrder, "Storyline.Server"),
            _ => (Cli, CliOrder, "Storyline.Cli"),
        };
        var later = order.SkipWhile(f => f != folder).Skip(1).Select(f => $"{root}.{f}").ToArray();
        if (later.Length == 0) return;
        var result = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.{folder}")
            .ShouldNot().HaveDependencyOnAny(later).GetResult();
        Assert.True(result.IsSuccessful,
            $"{project}/{folder} uses a later folder ({string.Join(", ", later)}): {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_namespace_of_a_project_is_one_of_its_folders()
    {
        // a new top-level folder must take its place in the order above, or the direction test cannot see it
        foreach (var (assembly, order, root) in new[] { (Core, CoreOrder, "Storyline"), (Engine, EngineOrder, "Storyline"), (Cli, CliOrder, "Storyline.Cli"), (Server, ServerOrder, "Storyline.Server") })
        {
            var unknown = assembly.GetTypes()
                .Select(t => t.Namespace)
                .OfType<string>()
                .Where(ns => ns.StartsWith(root + ".", StringComparison.Ordinal))
                .Select(ns => ns[(root.Length + 1)..].Split('.')[0])
                .Where(top => !order.Contains(top) && !(root == "Storyline" && top is "Cli" or "Lab" or "Server"))
                .Distinct()
                .ToList();
            Assert.True(unknown.Count == 0, $"{assembly.GetName().Name}: folders outside the order: {string.Join(", ", unknown)}");
        }
    }

    [Fact]
    public void The_core_depends_on_no_other_project_and_the_product_on_no_lab()
    {
        static string[] Refs(Assembly a) => a.GetReferencedAssemblies().Select(r => r.Name!).ToArray();
        Assert.DoesNotContain(Refs(Core), n => n.StartsWith("Storyline", StringComparison.Ordinal));
        Assert.DoesNotContain(Refs(Engine), n => n is "Storyline.Cli" or "storyline-lab" or "Storyline.Server");
        // the engine and the core know nothing of the server that runs them (no ASP.NET Core, no store)
        Assert.DoesNotContain(Refs(Core), n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
        Assert.DoesNotContain(Refs(Engine), n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
        // the server runs the engine; it is no part of the lab
        Assert.DoesNotContain(Refs(Server), n => n is "Storyline.Cli" or "storyline-lab");
        // the product command carries no lab-only package (baselines and trainers live in storyline-lab)
        Assert.DoesNotContain(Refs(Cli), n => n is "storyline-lab" or "SmartReader" || n.StartsWith("Microsoft.ML", StringComparison.Ordinal));
    }
}
