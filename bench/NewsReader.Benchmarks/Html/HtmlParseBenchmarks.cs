using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsReader.Ingestion;
using NewsReader.Ingestion.Html;

namespace NewsReader.Benchmarks.Html;

/// <summary>
/// HTML article parsing throughput on the corpus pages, beside AngleSharp's bare parse of the same pages into a DOM.
/// Each operation parses every page once; the MB/s column divides the pages' UTF-16 text size (as UTF-8 bytes) by the mean time.
/// Run: <c>dotnet run -c Release --project bench/NewsReader.Benchmarks -- --filter *HtmlParse*</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class HtmlParseBenchmarks
{
    private string[] _pages = [];

    /// <summary>Total size of the pages in bytes, for the throughput column.</summary>
    public static long TotalBytes { get; private set; }

    [GlobalSetup]
    public void LoadCorpus()
    {
        var pages = Path.Combine(CorpusLocator.Find(), "pages");
        var files = Directory.GetDirectories(pages).Order(StringComparer.Ordinal)
            .Select(directory => Path.Combine(directory, "source.html"))
            .Where(File.Exists)
            .ToArray();
        TotalBytes = files.Sum(file => new FileInfo(file).Length);
        _pages = files.Select(file => HtmlCharset.Decode(File.ReadAllBytes(file)).Text).ToArray();
    }

    [Benchmark(Baseline = true, Description = "AngleSharp DOM parse")]
    public int AngleSharpDom()
    {
        var parser = new HtmlParser();
        var elements = 0;
        foreach (var page in _pages)
        {
            using var document = parser.ParseDocument(page);
            elements += document.DocumentElement.ChildElementCount;
        }

        return elements;
    }

    [Benchmark(Description = "HtmlArticleParser.Parse")]
    public int ArticleParse()
    {
        var paragraphs = 0;
        foreach (var page in _pages)
        {
            if (HtmlArticleParser.Parse(page) is ParseSuccess success)
            {
                paragraphs += success.Article.Paragraphs.Count;
            }
        }

        return paragraphs;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // One operation parses 42 pages, so two warm-up operations left much of the parser's code unoptimised
            // (tiered compilation promotes a method after its 30th call, in the background): on a busy machine the
            // measured operations then still ran partly unoptimised code, slowing by half again from first to last.
            AddJob(Job.Default.WithWarmupCount(6).WithIterationCount(10).WithLaunchCount(1));
            // The column runs in the host process, which did not load the corpus: measure it there.
            AddColumn(new ThroughputColumn(
                "Megabytes (10^6 bytes) of corpus HTML parsed per second (the pages' file sizes over the mean time)",
                _ => TotalBytes > 0 ? TotalBytes : CorpusLocator.PagesBytes()));

            // The machine may be busy; the generated project must still get built.
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }
}

/// <summary>Finds the shared corpus: <c>NEWSREADER_CORPUS</c>, else <c>../shared/corpus</c> beside the clone.</summary>
internal static class CorpusLocator
{
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("NEWSREADER_CORPUS");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsReader.sln")))
            {
                var beside = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                if (Directory.Exists(beside))
                {
                    return beside;
                }
            }
        }

        throw new DirectoryNotFoundException("The article corpus was not found: set NEWSREADER_CORPUS or place it at ../shared/corpus beside the clone.");
    }

    public static long PagesBytes() =>
        Directory.GetDirectories(Path.Combine(Find(), "pages"))
            .Select(directory => new FileInfo(Path.Combine(directory, "source.html")))
            .Where(file => file.Exists)
            .Sum(file => file.Length);
}
