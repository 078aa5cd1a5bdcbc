using System.Text.Json;

namespace Storyline.Tests.Support;

/// <summary>
/// A JSON Schema validator for the keywords the report contract uses ($ref to $defs, type, const,
/// enum, required, properties, items, minItems, minimum). No validator package restores from the
/// feed here; this covers the contract fully and fails loudly on a keyword it does not know.
/// </summary>
public static class MiniJsonSchema
{
    private static readonly HashSet<string> Known = ["$schema", "$id", "$ref", "$defs", "title", "description", "type", "const", "enum", "required", "properties", "items", "minItems", "minimum"];

    public static List<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var p in schema.EnumerateObject())
            if (!Known.Contains(p.Name)) throw new NotSupportedException($"schema keyword '{p.Name}' at {path} is not supported by this validator");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var r = reference.GetString()!;
            if (!r.StartsWith("#/$defs/", StringComparison.Ordinal)) throw new NotSupportedException(r);
            Check(root, root.GetProperty("$defs").GetProperty(r["#/$defs/".Length..]), value, path, errors);
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(value, t))) { errors.Add($"{path}: expected {string.Join("|", types)}, got {value.ValueKind}"); return; }
        }
        if (schema.TryGetProperty("const", out var c) && c.GetRawText() != value.GetRawText()) errors.Add($"{path}: expected const {c.GetRawText()}");
        if (schema.TryGetProperty("enum", out var e) && !e.EnumerateArray().Any(x => x.GetRawText() == value.GetRawText()))
            errors.Add($"{path}: {value.GetRawText()} not in enum");
        if (schema.TryGetProperty("minimum", out var min) && value.ValueKind == JsonValueKind.Number && value.GetDouble() < min.GetDouble())
            errors.Add($"{path}: {value.GetDouble()} < minimum {min.GetDouble()}");
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(x => x.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing required '{name}'");
            if (schema.TryGetProperty("properties", out var props))
                foreach (var p in props.EnumerateObject())
                    if (value.TryGetProperty(p.Name, out var child)) Check(root, p.Value, child, $"{path}.{p.Name}", errors);
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
            if (schema.TryGetProperty("items", out var items))
            {
                int i = 0;
                foreach (var item in value.EnumerateArray()) Check(root, items, item, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool Is(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        _ => throw new NotSupportedException(type),
    };
}
