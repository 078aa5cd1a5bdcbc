using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>
/// The English date-time model of Microsoft.Recognizers.Text, built once per process.
/// Building it compiles hundreds of regular expressions (≈0.2 s), so every tagger shares this one.
/// <see cref="DateTimeOptions.SkipFromToMerge"/> keeps "Aug. 26 to Oct. 20" as two dates, as TimeBank does.
/// Calls are serialised with a lock: the model caches results internally and its documentation does not
/// promise that concurrent <c>Parse</c> calls are safe.
/// </summary>
public static class RecognizerModels
{
    private static readonly Lazy<DateTimeModel> DateTime = new(
        () => new DateTimeRecognizer(Culture.English, DateTimeOptions.SkipFromToMerge).GetDateTimeModel(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock Gate = new();

    /// <summary>Forces the model to be built now (e.g. before timing a run). Returns false when it cannot be loaded.</summary>
    public static bool TryLoad(out string? error)
    {
        try
        {
            _ = DateTime.Value;
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is TypeLoadException or FileNotFoundException or FileLoadException or TypeInitializationException or System.Globalization.CultureNotFoundException)
        {
            error = "Microsoft.Recognizers.Text could not be loaded: " + ex.Message;
            return false;
        }
    }

    /// <summary>Runs the date-time model over <paramref name="text"/> with <paramref name="reference"/> as "now".</summary>
    internal static List<ModelResult> ParseDateTime(string text, System.DateTime reference)
    {
        var model = DateTime.Value;
        lock (Gate)
            return model.Parse(text, reference);
    }
}
