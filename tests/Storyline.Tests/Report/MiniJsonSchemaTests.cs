using System.Text.Json;
using Storyline.Tests.Support;

namespace Storyline.Tests.Report;

public class MiniJsonSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {"type": "object", "required": ["v", "xs"], "properties": {
          "v": {"const": 1},
          "xs": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/x"}}},
         "$defs": {"x": {"type": "object", "required": ["k"], "properties": {"k": {"enum": ["a", "b"]}, "n": {"type": "integer", "minimum": 0}}}}}
        """).RootElement;

    private static List<string> Errors(string json) => MiniJsonSchema.Validate(Schema, JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Valid_instance_has_no_errors() => Assert.Empty(Errors("""{"v": 1, "xs": [{"k": "a", "n": 3}]}"""));

    [Theory]
    [InlineData("""{"v": 2, "xs": [{"k": "a"}]}""", "const")]
    [InlineData("""{"v": 1, "xs": []}""", "fewer than")]
    [InlineData("""{"v": 1, "xs": [{"k": "c"}]}""", "not in enum")]
    [InlineData("""{"v": 1, "xs": [{"k": "a", "n": -1}]}""", "minimum")]
    [InlineData("""{"v": 1, "xs": [{"k": "a", "n": 1.5}]}""", "expected integer")]
    [InlineData("""{"v": 1}""", "missing required 'xs'")]
    public void Invalid_instance_is_caught(string json, string error) =>
        Assert.Contains(Errors(json), e => e.Contains(error));
}
