using NewsReader.Data.Ingest;
using NewsReader.Data.Model;

namespace NewsReader.Cli.Ingest;

/// <summary>
/// On a terminal, a one-line progress bar redrawn in place; when output is redirected, one plain line per
/// file. Failures ("failed" for bad input, "error" for a bug in NewsReader), and warnings such as a skipped
/// image, always get their own line on the error stream.
/// </summary>
internal sealed class ProgressReporter(TextWriter output, TextWriter errors, bool interactive, int total) : IProgress<ImportOutcome>
{
    private const int BarWidth = 30;
    private int _done;
    private bool _barShown;

    public void Report(ImportOutcome value)
    {
        _done++;
        if (value.Bug is not null)
        {
            ClearBar();
            errors.WriteLine($"error     {value.Path}: {value.Error}");
        }
        else if (value.Outcome == IngestOutcome.Failed)
        {
            ClearBar();
            errors.WriteLine($"failed    {value.Path}: {value.Error}");
        }
        else if (!interactive)
        {
            output.WriteLine($"{Label(value.Outcome),-9} {value.Path} -> {value.Slug}");
        }

        if (value.Warnings.Count > 0)
        {
            ClearBar();
            foreach (var warning in value.Warnings)
            {
                errors.WriteLine($"warning   {value.Path}: {warning}");
            }
        }

        if (interactive)
        {
            DrawBar();
        }
    }

    public void Finish()
    {
        ClearBar();
        output.Flush();
    }

    private void DrawBar()
    {
        var filled = total == 0 ? BarWidth : (int)((long)_done * BarWidth / total);
        var percent = total == 0 ? 100 : (int)((long)_done * 100 / total);
        output.Write($"\r[{new string('#', filled)}{new string('-', BarWidth - filled)}] {percent,3}% {_done}/{total}");
        output.Flush();
        _barShown = true;
    }

    private void ClearBar()
    {
        if (_barShown)
        {
            output.Write("\r" + new string(' ', BarWidth + 40) + "\r");
            output.Flush();
            _barShown = false;
        }
    }

    private static string Label(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Ingested => "ingested",
        IngestOutcome.Updated => "updated",
        IngestOutcome.Unchanged => "unchanged",
        _ => "failed",
    };
}
