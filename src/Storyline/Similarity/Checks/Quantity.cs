namespace Storyline.Similarity.Checks;

/// <summary>An amount a sentence states: its value and what it counts ("14 people killed": 14, "people").</summary>
/// <param name="Value">The amount, multipliers applied ("$2.5 billion": 2.5e9).</param>
/// <param name="Unit">The stem of the word that says what is counted ("people", "day", "percent", "$"); empty when
/// nothing follows the number.</param>
/// <param name="Text">The number as written, for descriptions.</param>
public readonly record struct Quantity(double Value, string Unit, string Text);
