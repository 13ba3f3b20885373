namespace NewsReader.Benchmarks.Parsing;

/// <summary>The texts the parse benchmarks run on: the seed story and the corpus dumps.</summary>
internal static class ParseInputs
{
    public const string Seed = "seed";
    public const string CorpusW3m = "corpus-w3m";
    public const string CorpusInnerText = "corpus-innertext";

    private static readonly Lazy<Dictionary<string, string[]>> Texts = new(Load);

    public static string[] Get(string name) => Texts.Value[name];

    /// <summary>The w3m and innerText dumps of every corpus page, one pass's worth; empty when no corpus was found.</summary>
    public static string[] CorpusDumps() => [.. Get(CorpusW3m), .. Get(CorpusInnerText)];

    public const string NoCorpus = "no corpus found: put it at ../shared/corpus beside the repository or set NEWSREADER_CORPUS";

    /// <summary>UTF-8 size of one pass over the input, for throughput.</summary>
    public static long Bytes(string name) => Get(name).Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    private static Dictionary<string, string[]> Load()
    {
        var root = FindRepositoryRoot();
        var corpus = Environment.GetEnvironmentVariable("NEWSREADER_CORPUS") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        var pages = Directory.Exists(Path.Combine(corpus, "pages"))
            ? Directory.GetDirectories(Path.Combine(corpus, "pages")).Order(StringComparer.Ordinal).ToArray()
            : [];
        return new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [Seed] = [File.ReadAllText(Path.Combine(root, "samples", "azerbaijan-ceasefire-ap.txt"))],
            [CorpusW3m] = [.. pages.Select(p => File.ReadAllText(Path.Combine(p, "page.w3m.txt")))],
            [CorpusInnerText] = [.. pages.Select(p => File.ReadAllText(Path.Combine(p, "page.innertext.txt")))],
        };
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsReader.sln was not found above " + AppContext.BaseDirectory);
    }
}
