namespace Storyline.Summarize;

/// <summary>
/// Every constant of the extractive summarizer, in one place. Values marked "Multi-News" were chosen
/// one parameter at a time on the first 600 clusters of the Multi-News validation split (ROUGE-1/2 recall
/// at 230 words); DUC 2004 references were never used to choose a value (see docs/summarizer.md, which
/// lists every value tried and its score).
/// </summary>
public sealed record SummarizerSettings
{
    public static SummarizerSettings Default { get; } = new();

    /// <summary>Summary budget in words (whitespace-separated, as ROUGE <c>-l</c> counts them).</summary>
    public int Words { get; init; } = 100;

    /// <summary>Sentences shorter than this many words are fragments (captions, bylines): never selected (Multi-News: 5 or 12 within ±0.1).</summary>
    public int MinSentenceWords { get; init; } = 8;

    /// <summary>Sentences longer than this are run-ons or split failures: never selected (Multi-News: 60 → 80 gave +0.6 ROUGE-1).</summary>
    public int MaxSentenceWords { get; init; } = 80;

    /// <summary>A concept (content bigram) must occur in at least this many documents to count,
    /// when the cluster has at least <see cref="MinDocumentsForDfFilter"/> documents (Multi-News).</summary>
    public int MinConceptDocuments { get; init; } = 2;

    /// <summary>
    /// Weight factor of concepts used by fewer documents than <see cref="MinConceptDocuments"/>: small, so
    /// they only decide between sentences once the shared concepts are covered and the budget is still
    /// open (without them a summary stops short when the sources agree on little) (Multi-News).
    /// </summary>
    public double RareConceptFactor { get; init; } = 0.1;

    /// <summary>Below this many documents every bigram counts (a 2-document cluster agrees on little).</summary>
    public int MinDocumentsForDfFilter { get; init; } = 3;

    /// <summary>Extra weight for a concept each time it appears in the lead sentences of a document (Multi-News).</summary>
    public double LeadConceptBonus { get; init; } = 0.5;

    /// <summary>How many opening sentences of a document count as its lead.</summary>
    public int LeadSentences { get; init; } = 3;

    /// <summary>Concept weight = (documents using it, with lead bonuses)^p: p &gt; 1 favours what many outlets report (Multi-News).</summary>
    public double ConceptDfExponent { get; init; } = 2.0;

    /// <summary>
    /// Weigh concepts by the learned <see cref="ConceptModel"/> (probability that a human summary uses the
    /// concept, trained on Multi-News) instead of the document-frequency formula above (Multi-News, held-out
    /// 600 clusters: +0.3 ROUGE-1 at 230 words and +0.2 at 100 with exponent 4; see docs/summarizer.md).
    /// </summary>
    public bool UseConceptModel { get; init; } = true;

    /// <summary>Concept weight = P(in summary)^exponent under the learned model: &gt; 1 sharpens the preference for the surest concepts
    /// (Multi-News, 600 clusters at 230 words: 1 → 45.84, 2 → 45.98, 3 → 46.03, 4 → 46.16, 6 → 46.21 ROUGE-1; 8 lost 0.1 ROUGE-2 at 100 words; 2–6 flat on 1,200 clusters).</summary>
    public double ConceptModelExponent { get; init; } = 4.0;

    /// <summary>Weight of content unigrams relative to bigram concepts (Multi-News: 0–1 within ±0.3 under both weightings).</summary>
    public double UnigramWeight { get; init; } = 0.25;

    /// <summary>Greedy score = gain / words^λ: λ &lt; 1 favours longer, fuller sentences (Multi-News).</summary>
    public double LengthExponent { get; init; } = 0.6;

    /// <summary>
    /// Weight λ of the expected function-word matches of a candidate (<see cref="FunctionWordTable"/>: ROUGE-1 counts "the",
    /// "of", "said", clipped by the reference's counts, and concept coverage cannot see them), added to its concept gain
    /// (λ in concept-weight units per matched token). 0: off (the summaries are exactly those without the term).
    /// Multi-News clusters 1–600, ROUGE-1/2 recall at 100 / 230 words (off: 39.84/12.40, 46.18/14.39): 0.01 → 39.93/12.29, 46.44/14.50;
    /// 0.02 → 40.06/12.34, 46.48/14.51; 0.05 → 40.05/12.11, 46.53/14.42; 0.2 → 40.25/12.15, 46.55/14.41 (larger weights cost ROUGE-2 at
    /// 100 words). Clusters 1–1,200 (models rebuilt without them): off 40.09/12.65, 46.80/14.91; 0.02 → 40.46/12.67, 47.08/15.04.
    /// </summary>
    public double FunctionWordWeight { get; init; } = 0.02;

    /// <summary>Score multiplier decay with sentence position: 1 + bonus/(1 + index) (Multi-News with the learned weights,
    /// which already see position: 3 → 1 gained 0.35 ROUGE-1 at 100 words and 0.1 at 230; 0.5 and 1.5 within ±0.1 of 1).</summary>
    public double PositionBonus { get; init; } = 1;

    /// <summary>
    /// Extra prior of a sentence that states a fact the outlets agree on (<see cref="SummaryDocument.Agreed"/>): a neutral
    /// summary is built from agreed facts first. Only the digest marks such sentences; research corpora have no ledger, so
    /// the quality gate does not see it. Tried on the sample story: 0 keeps the single-source injury and evacuation
    /// figures (and, with the disputed-figure rule, both sides of each); 0.2, 0.5 and 1 give the same sample summary, built
    /// on the agreed facts (the contractor's statement, the 72-hour order); the seed story's summary is unchanged at 0.5
    /// and loses two sentences of its first report at 1. No eval scores a story's neutrality: the value is a choice.
    /// </summary>
    public double AgreedFactBonus { get; init; } = 0.5;

    /// <summary>A candidate this similar (cosine on content stems) to a selected sentence is redundant
    /// (Multi-News: 0.3 lost 2.6 ROUGE-1, 0.5 → 0.7 gained 0.4; above 0.7 flat, so 0.7 keeps a guard for the digest).</summary>
    public double RedundancyCosine { get; init; } = 0.7;

    /// <summary>Score multiplier SentencePrior^this (<see cref="SentencePrior"/>; 0: off). Multi-News, first 600 clusters, ROUGE-1 at
    /// 100 / 230 words (off: 39.57 / 46.15): 0.5 → 39.69 / 46.13, 0.75 → 39.78 / 46.16, 1 → 39.66 / 46.13, 2 → 39.54 / 46.07;
    /// with position bonus 0.5 or 1.5 no pair won at both lengths by more.</summary>
    public double SentencePriorExponent { get; init; } = 0.75;

    /// <summary>Weights of <see cref="SentencePrior"/>, in the order of <c>SentencePrior.Names</c>, as printed by
    /// <c>train summarizer --dataset ../shared/data/multinews/val-trunc500.jsonl --sentence-prior</c> (clusters 601–5,622;
    /// held-out cross-entropy 0.4040 on clusters 1–600, mean target 0.149).</summary>
    public double[] SentencePriorWeights { get; init; } = [0.2761, -0.9068, -0.5766, -0.2498, 0.3957, -0.2399, 2.4993, 1.3220, -0.6202, 0.3200];

    /// <summary>Training only: compute what the sentence-prior features need even when the prior is off.</summary>
    public bool SentencePriorFeatures { get; init; }

    /// <summary>
    /// Offer compressed forms of sentences (<see cref="SentenceCompressor"/>): the sentence shown from the parts that carry its
    /// claim, each part cited. Master switch for the Drop* rules below (the rules that lost are listed in docs/summarizer.md, "Tried and removed").
    /// </summary>
    public bool Compress { get; init; } = true;

    internal bool Compresses => Compress && (DropMidAttribution || DropParentheticals);

    /// <summary>Compression: offer a sentence that quotes nobody without a mid-sentence attribution (", he said,").
    /// Multi-News 600 clusters, with parentheticals: 39.84/12.40, 46.18/14.39 (parentheticals alone 39.83/12.40, 46.18/14.38);
    /// 1,200 clusters 40.09/12.65, 46.80/14.91 (compression off 40.02/12.63, 46.76/14.89).</summary>
    public bool DropMidAttribution { get; init; } = true;

    /// <summary>Compression: offer a sentence without a short parenthetical that holds no number ("(AP)", "(R-Calif.)").
    /// Multi-News 600 clusters, alone: 39.83/12.40, 46.18/14.38 (off 39.78/12.37, 46.16/14.39); 1,200 clusters 40.08 / 46.80 (off 40.02 / 46.76).</summary>
    public bool DropParentheticals { get; init; } = true;

    /// <summary>Longest speaker phrase an attribution cut removes (", the harbour master of the port of Varn said," is 8 words).</summary>
    public int MaxAttributionWords { get; init; } = 10;

    /// <summary>Longest parenthetical (words inside the parentheses) a cut removes.</summary>
    public int MaxParentheticalWords { get; init; } = 6;

    /// <summary>
    /// When filling the evaluation budget with a sentence that will be cut, score it by the concepts of the
    /// words that survive the cut instead of its whole gain scaled by the share of words kept (Multi-News: +0.1 ROUGE-1 at 100 words, flat at 230).
    /// </summary>
    public bool ExactPrefixGain { get; init; } = true;

    /// <summary>
    /// When filling the evaluation budget, a sentence longer than the words left may be chosen before the
    /// budget is exhausted, scored by the words that survive the cut (per word left), instead of only once nothing fits
    /// (Multi-News: +0.3 ROUGE-1 at 100 words, −0.04 at 230). Never used by the story stage, whose sentences all fit.
    /// </summary>
    public bool CutSentencesCompete { get; init; } = true;

    /// <summary>A sentence whose main clause starts with "he", "she", "they", "his", "her" or "their" after an opening phrase
    /// that names no person ("While visiting the capital, he denounced …") is not summary material: shown alone it points back at
    /// someone the reader has not met (<see cref="OpeningPronoun"/>). Needs the person names of the entity layer, so it applies in
    /// the digest and not to research corpora without one (their evaluation scores are unaffected). Judgment, not measured: no
    /// corpus here marks dangling references; on the seed story it removed one such sentence from the summary.</summary>
    public bool OpeningPronounNeedsPerson { get; init; } = true;

    /// <summary>Share of a sentence's characters inside quotation marks above which it is a quote, not narration.</summary>
    public double MaxQuotedShare { get; init; } = 0.4;

    /// <summary>
    /// A headline in the first person singular (outside quotation marks) is someone's own account, not the story: a
    /// 181-page web sample made a patient's first-person account of an illness a story's headline.
    /// Headline only: excluding such sentences from the summary too cost 0.21 / 0.32 ROUGE-1 at 100 / 230 words on
    /// Multi-News clusters 1–600 (39.84 → 39.63, 46.18 → 45.86), where many sources are first-person blog posts.
    /// </summary>
    public bool HeadlineNoFirstPerson { get; init; } = true;

    /// <summary>Headline target length in words (the issue asks for about 30–40).</summary>
    public int HeadlineMinWords { get; init; } = 20;

    public int HeadlineMaxWords { get; init; } = 45;

    /// <summary>
    /// The headline is the one sentence a reader takes as the story, so a sentence other outlets restate outranks one
    /// that only its own outlet tells: score × (1 + documents supporting it)^exponent. Not measurable on ROUGE (no
    /// headline references); a judgment, checked on the samples, where without it a single outlet's loaded line
    /// ("the embattled mayor is trying to pin the blame on…") became the headline over the deadline two outlets report.
    /// </summary>
    public double HeadlineSupportExponent { get; init; } = 1;
}
