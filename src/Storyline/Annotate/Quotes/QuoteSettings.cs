namespace Storyline.Annotate.Quotes;

/// <summary>
/// Every threshold of quote detection and the quote ledger, each with the measurement behind it.
/// "train" below means PolNeAR train (storyline eval quotes --split train); dev was never used to set them.
/// </summary>
internal static class QuoteSettings
{
    /// <summary>Tokens a speaker phrase may span between a quote and its cue ("…," Secretary of State Mike Pompeo said).
    /// 12 covers the speaker phrases of 97% of train direct quotes whose speaker stands before the cue.</summary>
    public const int MaxSpeakerTokens = 12;

    /// <summary>Tokens a role or owner may put before the speaker's name after a quote ("…," the harbour authority's
    /// press officer, Mira Solberg, said). Train direct F1: 4 → 0.9049, 8 → 0.9061.</summary>
    public const int MaxSpeakerLead = 8;

    /// <summary>Tokens between a cue and the opening mark it introduces ("told reporters on Friday: “…”").</summary>
    public const int MaxCueGapTokens = 12;

    /// <summary>Tokens an appositive may span ("Jack Smith, a senior adviser to the campaign, said").</summary>
    public const int MaxAppositiveTokens = 16;

    /// <summary>Longest role phrase ("the country's top military commander").</summary>
    public const int MaxRoleTokens = 7;

    /// <summary>Words a quote standing alone as a sentence needs to count as a quote without any cue (also the
    /// floor for headline-style "Name: “…”" and for keeping such sentences out of reported speech). Swept on train:
    /// 2 → direct F1 0.892, 4 → 0.893, 6 → 0.894, 8 → 0.895, 12 → 0.895; shorter ones are mostly slogans and titles.</summary>
    public const int MinStandaloneWords = 8;

    /// <summary>Words a quote after a bare colon needs ("Name: “…”", "the memo read in part: “…”").</summary>
    public const int MinColonQuoteWords = 3;

    /// <summary>Most tokens before a lower-case quote in a cue-less sentence after an attributed quote for that sentence
    /// to continue the utterance ("Now, “within …”"); longer leads carry a subject and verb of their own.
    /// Train direct F1: 4 → 0.9191, 6 → 0.9191, 8 → 0.9193, 10 → 0.9193 (all F1 lower), unbounded → 0.9186.</summary>
    public const int MaxLeadIntoContinuation = 8;

    /// <summary>Longest listener or circumstance between a cue and a comma that opens the reported clause
    /// ("told the news agency on the phone, he …", 7 tokens); set on the seed sentence, checked on PolNeAR train.</summary>
    public const int MaxListenerTokens = 8;

    /// <summary>Shortest reported-speech content kept ("officials said it would", 3 tokens).</summary>
    public const int MinReportedTokens = 3;

    /// <summary>Paragraphs back a pronoun speaker may look for its named antecedent.</summary>
    public const int PronounLookbackParagraphs = 6;

    /// <summary>Characters either way a role speaker ("the mayor") may look for the name the text gives that role: more
    /// than the longest news article we have (32,000 characters), so only texts such as an archive in one file are cut.</summary>
    public const int RoleReach = 50_000;

    // Ledger

    /// <summary>Stem prefix length at which two words count as the same across translations (minimum/minimal).</summary>
    public const int StemPrefix = 5;

    /// <summary>Below this share of verbatim shared words, two direct versions of one utterance are different wordings:
    /// the less verbatim one is flagged as a paraphrase in quote marks.</summary>
    public const double VerbatimShare = 0.5;
}
