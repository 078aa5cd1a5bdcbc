namespace Storyline.Summarize;

/// <summary>
/// The trained models the summarizer reads, given to it by whoever owns them (a run's <c>ModelStore</c>, a lab command
/// comparing model files, a test): it never loads or caches one itself.
/// </summary>
/// <param name="Concepts">Concept importance; null: the document-frequency weights (as with <see cref="SummarizerSettings.UseConceptModel"/> off).</param>
/// <param name="FunctionWords">Function-word curves; null: the function-word gain is off.</param>
public sealed record SummarizerModels(ConceptModel? Concepts, FunctionWordTable? FunctionWords)
{
    /// <summary>No models: frequency weights, no function-word gain.</summary>
    public static SummarizerModels None { get; } = new(null, null);

    /// <summary>Reads the models embedded in the assembly (each call reads them again).</summary>
    public static SummarizerModels LoadShipped() => new(ConceptModel.LoadShipped(), FunctionWordTable.LoadShipped());
}
