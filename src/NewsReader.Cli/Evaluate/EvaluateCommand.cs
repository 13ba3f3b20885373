using NewsReader.Ingestion.Evaluation;

namespace NewsReader.Cli.Evaluate;

/// <summary>
/// <c>newsreader evaluate CORPUS [--expected FILE]</c> scores the HTML parser on a corpus laid out like
/// <c>../shared/corpus</c> (<c>pages/*/source.html</c> beside Readability's expected files) and prints a
/// table, one page a line, with the English body F1 and the headline and byline accuracy last.
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Exit code for a command line that could not be understood, or a corpus that is not there.</summary>
    public const int UsageExitCode = 64;

    /// <summary>Runs the verb with its arguments (after <c>evaluate</c>).</summary>
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

        if (!Directory.Exists(Path.Combine(corpus, "pages")))
        {
            return Usage(stderr, $"{corpus}: no pages/ folder here");
        }

        if (expectedFile is not null && !File.Exists(expectedFile))
        {
            return Usage(stderr, $"{expectedFile}: no such file");
        }

        var expectations = expectedFile is null
            ? HtmlEvaluationExpectations.None
            : HtmlEvaluationExpectations.FromJson(File.ReadAllText(expectedFile));
        stdout.Write(HtmlCorpusEvaluation.Run(corpus, expectations).ToTable());
        return 0;
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"newsreader evaluate: {problem}");
        stderr.WriteLine("usage: newsreader evaluate CORPUS [--expected FILE]");
        return UsageExitCode;
    }
}
