using NewsReader.Data.Ingest;
using NewsReader.Ingestion;

namespace NewsReader.Benchmarks.Ingest;

/// <summary>Seed-sized articles: the seed story and the corpus text dumps, parsed once, headlines varied.</summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<ImportEntry> Entries(int count)
    {
        var root = RepositoryRoot();
        var sources = new List<string> { Path.Combine(root, "samples", "azerbaijan-ceasefire-ap.txt") };
        var pages = Path.Combine(root, "..", "shared", "corpus", "pages");
        if (Directory.Exists(pages))
        {
            sources.AddRange(Directory.EnumerateFiles(pages, "page.w3m.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        }

        var parsed = sources
            .Select(path => ArticleParser.Parse(File.ReadAllBytes(path)))
            .OfType<ParseSuccess>()
            .Select(success => success.Article)
            .ToList();
        var now = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(0, count)
            .Select(i =>
            {
                var article = parsed[i % parsed.Count];
                var varied = article with { Headline = $"{article.Headline}, day {i}" };
                return ImportEntry.Parsed(new SourceFile($"/bench/story-{i:D5}.txt", 20_000, $"{i:x64}"), varied, now);
            })
            .ToList();
    }

    private static string RepositoryRoot()
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
