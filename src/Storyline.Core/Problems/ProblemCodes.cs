using System.Collections.Frozen;
using System.Reflection;

namespace Storyline.Problems;

/// <summary>
/// The one catalogue of problem codes. A code is part of the output contract (JSON <c>problems[].code</c>,
/// stderr): once shipped it keeps its meaning; a retired code is not reused. Each code is one constant with
/// its severity and description in <see cref="ProblemCodeAttribute"/>, so adding one is adding one entry.
/// </summary>
public static class ProblemCodes
{
    // Finding inputs (files, folders, globs, URLs)

    [ProblemCode(ProblemSeverity.Error, "The path names no file or folder, and is not a pattern.")]
    public const string InputNotFound = "input-not-found";

    [ProblemCode(ProblemSeverity.Error, "A pattern (glob) matches no file.")]
    public const string PatternNoMatch = "pattern-no-match";

    [ProblemCode(ProblemSeverity.Error, "A folder holds no files (hidden files are skipped).")]
    public const string FolderEmpty = "folder-empty";

    [ProblemCode(ProblemSeverity.Error, "A file or folder exists but cannot be read (permissions, I/O error); what it holds is not used.")]
    public const string InputUnreadable = "input-unreadable";

    [ProblemCode(ProblemSeverity.Notice, "A link inside a folder leads to a folder already read (a loop such as 'a -> .'); it is not followed again.")]
    public const string FolderLinkLoop = "folder-link-loop";

    [ProblemCode(ProblemSeverity.Error, "A URL of a scheme that cannot be read (only http, https and file).")]
    public const string UrlUnsupported = "url-unsupported";

    [ProblemCode(ProblemSeverity.Error, "Fetching URLs is not enabled in this build.")]
    public const string FetchDisabled = "fetch-disabled";

    [ProblemCode(ProblemSeverity.Error, "A URL could not be fetched (refused address, server error, timeout, too large).")]
    public const string FetchFailed = "fetch-failed";

    // Loading and decoding bytes

    [ProblemCode(ProblemSeverity.Error, "The input holds no bytes.")]
    public const string InputEmpty = "input-empty";

    [ProblemCode(ProblemSeverity.Error, "The input is over the size limit for one input (--max-size), or a device or pipe that does not end.")]
    public const string InputTooLarge = "input-too-large";

    [ProblemCode(ProblemSeverity.Error, "A gzip file is cut off or damaged.")]
    public const string GzipDamaged = "gzip-damaged";

    [ProblemCode(ProblemSeverity.Error, "The bytes are binary (NUL or control bytes), not text.")]
    public const string InputBinary = "input-binary";

    [ProblemCode(ProblemSeverity.Warning, "The text is not UTF-8 and had no declared encoding: it was read with a guessed encoding.")]
    public const string EncodingGuessed = "encoding-guessed";

    [ProblemCode(ProblemSeverity.Warning, "UTF-8 text with a few invalid bytes: the text was read as UTF-8 and each invalid byte as its windows-1252 character (or U+FFFD).")]
    public const string EncodingRepaired = "encoding-repaired";

    [ProblemCode(ProblemSeverity.Error, "The decoded text is only white space.")]
    public const string InputBlank = "input-blank";

    // Reading formats

    [ProblemCode(ProblemSeverity.Error, "No reader fits this kind of input.")]
    public const string NoReader = "no-reader";

    [ProblemCode(ProblemSeverity.Error, "A reader failed on the input (a defect worth reporting); the input is not used.")]
    public const string ReaderFailed = "reader-failed";

    [ProblemCode(ProblemSeverity.Error, "Plain text with front matter but no body.")]
    public const string TextNoBody = "text-no-body";

    [ProblemCode(ProblemSeverity.Warning, "A front-matter field could not be read (e.g. a date that is not a date); the field is ignored.")]
    public const string FrontMatterIgnored = "front-matter-ignored";

    [ProblemCode(ProblemSeverity.Error, "JSON (or a JSON Lines line) that is not well-formed.")]
    public const string JsonMalformed = "json-malformed";

    [ProblemCode(ProblemSeverity.Error, "Well-formed JSON that holds no article records.")]
    public const string JsonNoRecords = "json-no-records";

    [ProblemCode(ProblemSeverity.Error, "A JSON record that is not an object.")]
    public const string JsonRecordNotObject = "json-record-not-object";

    [ProblemCode(ProblemSeverity.Error, "A JSON record without text (no \"text\", \"body\", \"content\" or \"articleBody\", or only white space).")]
    public const string JsonRecordNoText = "json-record-no-text";

    [ProblemCode(ProblemSeverity.Error, "A JSON record whose text field is not a string (a number, an object, true…).")]
    public const string JsonTextNotString = "json-text-not-string";

    [ProblemCode(ProblemSeverity.Warning, "A JSON record's \"published\" is not a date; the date is ignored.")]
    public const string JsonDateIgnored = "json-date-ignored";

    [ProblemCode(ProblemSeverity.Error, "A feed that is not well-formed XML, not even item by item.")]
    public const string FeedMalformed = "feed-malformed";

    [ProblemCode(ProblemSeverity.Error, "XML whose root is not an RSS, Atom or RDF feed.")]
    public const string FeedNotAFeed = "feed-not-a-feed";

    [ProblemCode(ProblemSeverity.Error, "A feed with no items.")]
    public const string FeedNoItems = "feed-no-items";

    [ProblemCode(ProblemSeverity.Error, "One feed item is not well-formed XML; the other items are read.")]
    public const string FeedItemMalformed = "feed-item-malformed";

    [ProblemCode(ProblemSeverity.Error, "A feed item with neither title nor text.")]
    public const string FeedItemEmpty = "feed-item-empty";

    [ProblemCode(ProblemSeverity.Error, "A web page in which no article text was found.")]
    public const string HtmlNoArticle = "html-no-article";

    // Cleaning and analysis

    [ProblemCode(ProblemSeverity.Error, "Cleaning failed on an article (a defect worth reporting).")]
    public const string CleanFailed = "clean-failed";

    [ProblemCode(ProblemSeverity.Error, "No article text is left once boilerplate is removed.")]
    public const string ArticleEmpty = "article-empty";

    [ProblemCode(ProblemSeverity.Error, "Too few words of article text to analyse.")]
    public const string ArticleTooShort = "article-too-short";

    [ProblemCode(ProblemSeverity.Error, "An article stage failed on an article (a defect worth reporting); the article is left out.")]
    public const string AnalysisFailed = "analysis-failed";

    [ProblemCode(ProblemSeverity.Error, "A story stage failed on a story (a defect worth reporting); the story is left out.")]
    public const string StoryAnalysisFailed = "story-analysis-failed";

    [ProblemCode(ProblemSeverity.Notice, "An article is in a language some stages do not read (no language pack for it): those stages skipped it; the rest of its analysis stands.")]
    public const string LanguageUnsupported = "language-unsupported";

    [ProblemCode(ProblemSeverity.Notice, "An article's language could not be told (no metadata, too few function words): the stages written for particular languages skipped it.")]
    public const string LanguageUnknown = "language-unknown";

    [ProblemCode(ProblemSeverity.Notice, "The same article as one already read (same URL, or same text from the same outlet): stored once.")]
    public const string DuplicateArticle = "duplicate-article";

    // The service (storyline serve)

    [ProblemCode(ProblemSeverity.Error, "The service did not store an article it read (no text, too short, over its limits).")]
    public const string ArticleRefused = "article-refused";

    // Models (a run's ModelStore, given model files by a lab command)

    [ProblemCode(ProblemSeverity.Error, "A model file named for the run does not exist or cannot be read.")]
    public const string ModelNotFound = "model-not-found";

    [ProblemCode(ProblemSeverity.Error, "A model file is not a model of its kind, or of a version this build reads.")]
    public const string ModelInvalid = "model-invalid";

    // Evaluation data (storyline-lab)

    [ProblemCode(ProblemSeverity.Error, "An evaluation dataset file is missing.")]
    public const string DatasetNotFound = "dataset-not-found";

    [ProblemCode(ProblemSeverity.Error, "An evaluation dataset file has a line it cannot read.")]
    public const string DatasetMalformed = "dataset-malformed";

    /// <summary>Every code with its severity and description, by code.</summary>
    public static FrozenDictionary<string, ProblemCodeAttribute> All => Catalogue;

    /// <summary>The catalogue entry of <paramref name="code"/>, or null for a code not in the catalogue.</summary>
    public static ProblemCodeAttribute? Find(string code) => Catalogue.GetValueOrDefault(code);

    /// <summary>The severity of <paramref name="code"/>; a code missing from the catalogue counts as an error (a test keeps them all listed).</summary>
    public static ProblemSeverity SeverityOf(string code) => Find(code)?.Severity ?? ProblemSeverity.Error;

    /// <summary>"error", "warning" or "notice": the severity as the JSON contract and stderr write it.</summary>
    public static string Name(ProblemSeverity severity) => severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        ProblemSeverity.Notice => "notice",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    // Read from the constants themselves, so a new code is one entry above and nothing else. Built when the class is first
    // used (the constants are compile-time values), frozen: no static state that changes (Architecture/StaticStateTests).
    private static readonly FrozenDictionary<string, ProblemCodeAttribute> Catalogue =
        typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (Code: (string)f.GetRawConstantValue()!, Entry: f.GetCustomAttribute<ProblemCodeAttribute>()
                ?? throw new InvalidOperationException($"problem code {f.Name} has no [ProblemCode] entry")))
            .ToFrozenDictionary(x => x.Code, x => x.Entry, StringComparer.Ordinal);
}

/// <summary>A problem code's severity and plain description, on its constant in <see cref="ProblemCodes"/>.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ProblemCodeAttribute(ProblemSeverity severity, string description) : Attribute
{
    public ProblemSeverity Severity { get; } = severity;

    public string Description { get; } = description;
}
