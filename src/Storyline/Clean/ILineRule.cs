namespace Storyline.Clean;

/// <summary>
/// One boilerplate rule. Rules run in order on each line, top to bottom; the first that removes a
/// line decides its reason. A rule returns null when it has no opinion. Rules are stateless:
/// anything they need about the document is in the <see cref="CleaningContext"/>.
/// </summary>
public interface ILineRule
{
    string Name { get; }

    LineDecision? Judge(CleaningContext context, int line);
}
