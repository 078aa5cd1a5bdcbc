using System.Globalization;
using Spectre.Console;
using Storyline.Lab.Evaluation;

namespace Storyline.Lab.Rendering;

/// <summary>Prints an <see cref="EvalTable"/> and writes its JSON form when asked.</summary>
internal static class EvalTableRenderer
{
    public static void Print(EvalTable table, IAnsiConsole console)
    {
        // redirected to a file or a pipe, there is no terminal width to respect: keep every number on one line
        if (Console.IsOutputRedirected && console.Profile.Width < 160) console.Profile.Width = 160;
        var grid = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Title));
        grid.AddColumn("system");
        foreach (var metric in table.Metrics)
            grid.AddColumn(new TableColumn(Markup.Escape(metric)).RightAligned());
        foreach (var row in table.Rows)
        {
            var cells = new List<string> { Markup.Escape(row.System) + (row.NotRunReason is { } reason ? $"\n[yellow]not run: {Markup.Escape(reason)}[/]" : "") };
            foreach (var metric in table.Metrics)
                cells.Add(row.Values.TryGetValue(metric, out var v) && v is { } d ? Format(d) : "–");
            grid.AddRow(cells.ToArray());
        }
        console.Write(grid);
        foreach (var note in table.Notes)
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
    }

    public static void WriteJson(EvalTable table, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, table.ToJsonString());
    }

    private static string Format(double d) =>
        Math.Abs(d) >= 1000 ? d.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(d) >= 100 ? d.ToString("F1", CultureInfo.InvariantCulture)
        : d.ToString("F4", CultureInfo.InvariantCulture);
}
