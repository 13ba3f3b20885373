using System.Text.Json;
using NewsReader.Ingestion.Evaluation;

namespace NewsReader.Cli.Evaluate;

/// <summary>
/// <c>newsreader evaluate CORPUS [--expected FILE]</c> scores the HTML parser on a corpus laid out like
/// <c>../shared/corpus</c> (<c>pages/*/source.html</c> beside Readability's expected files) and prints a
/// table, one page a line, with the English body F1 and the headline and byline accuracy last.
/// A page the parser rejects is a score, not a failure; a page whose files cannot be read is named on
/// stderr and left out of the table.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Runs the verb with its arguments (after <c>evaluate</c>); exit codes are <see cref="ExitCodes"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? corpus = null;
        string? expectedFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--expected" && i + 1 < args.Count)
            {
                expectedFile = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) || corpus is not null)
            {
                return Usage(stderr, $"unexpected argument {args[i]}");
            }
            else
            {
                corpus = args[i];
            }
        }

        if (corpus is null)
        {
            return Usage(stderr, "give the corpus folder (the one that holds pages/)");
        }

        var pagesFolder = Path.Combine(corpus, "pages");
        if (!Directory.Exists(pagesFolder))
        {
            stderr.WriteLine($"{corpus}: no pages/ folder here");
            return ExitCodes.InputsFailed;
        }

        var expectations = HtmlEvaluationExpectations.None;
        if (expectedFile is not null)
        {
            try
            {
                expectations = HtmlEvaluationExpectations.FromJson(File.ReadAllText(expectedFile));
            }
            catch (Exception ex) when (IsBadInput(ex))
            {
                stderr.WriteLine($"{expectedFile}: {Reason(ex)}");
                return ExitCodes.InputsFailed;
            }
        }

        var rows = new List<HtmlPageScore>();
        var failed = false;
        foreach (var folder in Directory.GetDirectories(pagesFolder).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, "source.html")))
            {
                continue;
            }

            try
            {
                rows.Add(HtmlCorpusEvaluation.ScorePage(folder, expectations));
            }
            catch (Exception ex) when (IsBadInput(ex))
            {
                failed = true;
                stderr.WriteLine($"{folder}: {Reason(ex)}");
            }
        }

        stdout.Write(new HtmlEvaluationReport(rows).ToTable());
        return failed ? ExitCodes.InputsFailed : ExitCodes.Ok;
    }

    // A missing or unreadable expected file, or metadata that is not JSON: the corpus's fault, not a bug here.
    private static bool IsBadInput(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException;

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException notFound => $"{Path.GetFileName(notFound.FileName)} is missing",
        JsonException or InvalidOperationException => "not valid JSON: " + ex.Message,
        _ => "cannot be read: " + ex.Message,
    };

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"newsreader evaluate: {problem}");
        stderr.WriteLine("usage: newsreader evaluate CORPUS [--expected FILE]");
        return ExitCodes.Usage;
    }
}
