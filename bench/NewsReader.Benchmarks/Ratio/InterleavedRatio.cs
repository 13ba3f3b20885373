using System.Diagnostics;
using System.Globalization;
using NewsReader.Benchmarks.Html;
using NewsReader.Benchmarks.Parsing;
using NewsReader.Ingestion;
using NewsReader.Ingestion.Text;

namespace NewsReader.Benchmarks.Ratio;

/// <summary>
/// A parser's cost beside its baseline, measured so that a busy machine disturbs both alike: one pass of the
/// baseline and one of the parser, alternately, for the given time, each pass timed in process CPU time (what
/// other processes take from the cores is not counted). BenchmarkDotNet runs all of one benchmark's iterations
/// before the other's, so on a shared machine its ratio moves with the load between them.
/// Run: <c>dotnet run -c Release --project bench/NewsReader.Benchmarks -- ratio text|split|html [seconds]</c>; <c>split</c>
/// times the text parser's own line split (each line's words, marks and fold check) alone against the same baseline.
/// </summary>
internal static class InterleavedRatio
{
    public static int Run(string[] args)
    {
        var kind = args.Length > 1 ? args[1] : "text";
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 60;
        if (seconds <= 0 || (kind is "text" or "split" && ParseInputs.CorpusDumps().Length == 0))
        {
            Console.Error.WriteLine(seconds <= 0 ? "the run needs more than zero seconds" : ParseInputs.NoCorpus);
            return 2;
        }

        var (baselineName, baseline, parserName, parser) = kind switch
        {
            "text" => TextPair("TextDumpParser.Parse", text => TextDumpParser.Parse(text).Succeeded ? 1 : 0),
            "split" => TextPair("DumpLines.Split", text => DumpLines.Split(text, TextDumpParser.MaxLineLength, out _).Count),
            "html" => HtmlPair(),
            _ => throw new ArgumentException($"unknown ratio '{kind}': use text, split or html"),
        };

        // Warm up until the parser's code has been through tiered compilation.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(10, seconds / 4))
        {
            baseline();
            parser();
        }

        var baselineTimes = new List<double>();
        var parserTimes = new List<double>();
        var measuring = Stopwatch.StartNew();
        while (measuring.Elapsed.TotalSeconds < seconds)
        {
            baselineTimes.Add(CpuTime.Milliseconds(baseline));
            parserTimes.Add(CpuTime.Milliseconds(parser));
        }

        var ratios = baselineTimes.Zip(parserTimes, (b, p) => p / b).Order().ToList();
        var baselineMean = baselineTimes.Average();
        var parserMean = parserTimes.Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{baselineName}: {baselineMean:F3} ms CPU per pass; {parserName}: {parserMean:F3} ms; {ratios.Count} alternating pairs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio of means {parserMean / baselineMean:F2} (parser at {100 * baselineMean / parserMean:F0}% of the baseline's throughput); median pair ratio {ratios[ratios.Count / 2]:F2}, quartiles {ratios[ratios.Count / 4]:F2}-{ratios[3 * ratios.Count / 4]:F2}"));
        return 0;
    }

    private static (string, Action, string, Action) TextPair(string parserName, Func<string, int> parse)
    {
        var texts = ParseInputs.CorpusDumps();
        var sink = 0;
        return (
            "split into lines (w3m + innerText dumps)",
            () =>
            {
                foreach (var text in texts)
                {
                    sink += text.Split('\n').Length;
                }
            },
            parserName,
            () =>
            {
                foreach (var text in texts)
                {
                    sink += parse(text);
                }
            });
    }

    private static (string, Action, string, Action) HtmlPair()
    {
        var benchmarks = new HtmlParseBenchmarks();
        benchmarks.LoadCorpus();
        var sink = 0;
        return (
            "AngleSharp DOM parse (42 pages)",
            () => sink += benchmarks.AngleSharpDom(),
            "HtmlArticleParser.Parse",
            () => sink += benchmarks.ArticleParse());
    }
}
