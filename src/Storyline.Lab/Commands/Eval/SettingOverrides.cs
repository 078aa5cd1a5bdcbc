using System.Globalization;
using System.Reflection;

namespace Storyline.Lab.Commands.Eval;

/// <summary>
/// <c>--set Name=Value</c> for an eval: overrides init-only properties of a settings record by name, on a copy, for one
/// tuning run. The product reads no environment or global switches; a run says what it changes on its command line.
/// </summary>
internal static class SettingOverrides
{
    /// <summary>Applies "Name=value" overrides in order (names case-insensitive; a double[] takes comma-separated numbers).</summary>
    /// <param name="what">How errors name the settings ("summarizer", "extractor").</param>
    /// <exception cref="ArgumentException">A malformed item, an unknown name or a value of the wrong type, with a one-line message.</exception>
    public static T Apply<T>(T settings, IEnumerable<string> overrides, string what) where T : class
    {
        var clone = typeof(T).GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record.");
        foreach (var o in overrides)
        {
            int eq = o.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--set expects Name=value, got '{o}'.");
            var name = o[..eq].Trim();
            var raw = o[(eq + 1)..];
            var prop = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (prop is null || !prop.CanWrite) throw new ArgumentException($"unknown {what} setting '{name}'.");
            var type = Nullable.GetUnderlyingType(prop.PropertyType) ?? prop.PropertyType;
            object value;
            try
            {
                value = type == typeof(double[])
                    ? raw.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray()
                    : type.IsEnum ? Enum.Parse(type, raw, ignoreCase: true)
                    : Convert.ChangeType(raw, type, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidCastException or OverflowException)
            {
                throw new ArgumentException($"'{raw}' is not a valid {type.Name} for {prop.Name}.");
            }
            settings = (T)clone.Invoke(settings, null)!;
            prop.SetValue(settings, value);
        }
        return settings;
    }
}
