using System.CommandLine;

namespace Storyline.Lab.Commands;

/// <summary><c>storyline eval …</c>: quality and speed measured against published peers on real data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure quality and speed on a public benchmark; prints a table, --json writes it.");
        // Each benchmark registers itself here, one line each.
        eval.Subcommands.Add(Eval.NerEvalCommand.Create());
        eval.Subcommands.Add(Eval.QuotesEvalCommand.Create());
        eval.Subcommands.Add(Eval.BiasEvalCommand.Create());
        eval.Subcommands.Add(Eval.TimexEvalCommand.Create());
        eval.Subcommands.Add(Eval.ParaphraseEvalCommand.Create());
        eval.Subcommands.Add(Eval.SummarizationEvalCommand.Create());
        eval.Subcommands.Add(Eval.ExtractionEvalCommand.Create());
        eval.Subcommands.Add(Eval.ClusteringEvalCommand.Create());
        eval.Subcommands.Add(Eval.ClusteringEvalCommand.CreateMakeDucStream());
        eval.Subcommands.Add(Eval.ClusteringEvalCommand.CreateMakeDatedDucStream());
        eval.Subcommands.Add(Eval.ClusteringEvalCommand.CreateMakeMultiNewsStream());
        return eval;
    }
}
