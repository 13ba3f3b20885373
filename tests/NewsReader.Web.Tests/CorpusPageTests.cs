using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsReader.Tests.Shared;

namespace NewsReader.Web.Tests;

public sealed class CorpusPageTests(NewsSiteFactory site) : IClassFixture<NewsSiteFactory>
{
    [Fact]
    public async Task CorpusDumpsAndPages_IngestedArticles_AllRenderWithTheirPhotoPages()
    {
        var corpus = TestCorpus.RequireDirectory();
        using var client = site.CreateClient();
        var files = Directory.EnumerateDirectories(Path.Combine(corpus, "pages"))
            .SelectMany(dir => new[] { Path.Combine(dir, "page.w3m.txt"), Path.Combine(dir, "source.html") })
            .Append(Path.Combine(corpus, "seed", "000_9837823fe31fd411.txt"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();

        var summary = await site.IngestAllowingFailuresAsync(files);
        var pages = new List<(string Slug, int Photos)>();
        await site.WithStoreAsync(async db => pages = (await db.Articles
            .Select(a => new { a.Slug, Photos = a.Photos.Count })
            .ToListAsync(TestContext.Current.CancellationToken)).Select(a => (a.Slug, a.Photos)).ToList());

        Assert.True(pages.Count >= 20, $"only {pages.Count} articles from {files.Count} files ({summary})");
        var failures = new List<string>();
        foreach (var (slug, photos) in pages)
        {
            var paths = new List<string> { $"/articles/{slug}" };
            paths.AddRange(Enumerable.Range(1, photos).Select(n => $"/articles/{slug}/photos/{n}"));
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
