using Microsoft.EntityFrameworkCore;
using NewsReader.Data.Model;
using NewsReader.Tests.Shared;

namespace NewsReader.Web.Tests;

/// <summary>
/// The stories the tests read, all ingested through the real parser and importer: the seed story
/// from samples/, and short text dumps written here in the seed's layout.
/// </summary>
internal static class TestStories
{
    public const string SeedHeadline = "Azerbaijani leader: Cease-fire may improve Armenia relations";
    public const string InStoreTeaser = "Pompeii's ruins yield scalded bodies of rich man and slave";
    public const string MissingTeaser = "Parrots found stuffed in plastic bottles in Indonesia";
    public const string RelatedHeadline = "Armenian refugees return to Stepanakert as peacekeepers arrive";
    public const string HostileHeadline = "Headline with <script>alert('headline')</script> inside";
    public const string HostileCaption = "A caption with <script>alert('caption')</script> inside.";

    // Prose long enough for the parser to recognise an article body; written for these tests.
    private const string Filler =
        "Officials said the work would continue through the coming weeks, and residents who spoke to reporters " +
        "described a slow return to ordinary routines after a difficult season. Several local groups have offered " +
        "help, and a fuller account of the events is expected once the authorities publish their findings later this month.";

    public static async Task SeedAsync(NewsSiteFactory site)
    {
        await site.IngestAsync(TestCorpus.SeedStoryPath);
        await site.IngestTextAsync("pompeii.txt", Dump(InStoreTeaser, "ROME (AP) — Archaeologists have discovered the remains of two men near the ancient city.", "The remains were found in an underground chamber."));
        await site.IngestTextAsync("refugees.txt", Dump(
            RelatedHeadline,
            "MOSCOW (AP) — Families who fled the fighting began returning on Sunday.",
            "Russian peacekeepers patrol the road into the city.",
            photo: ("Armenia Azerbaijan", "Families carry belongings into Stepanakert, Nagorno-Karabakh, on Sunday, Nov. 22, 2020.", "AP Photo/Sergei Grits")));
        await site.IngestTextAsync("hostile.txt", Dump(
            HostileHeadline,
            "LONDON (AP) — Body with <b>markup</b> that must show as text.",
            "A second paragraph."));

        // The parser keeps a gallery only when it is sure of it; a hostile caption is stored as an entity.
        await site.WithStoreAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Headline == HostileHeadline, TestContext.Current.CancellationToken);

            // The parser rightly drops markup leaked into a dump, so the hostile body is stored as an entity too.
            article.DatelineText = "LONDON (AP) —";
            article.Paragraphs = ["LONDON (AP) — Body with <b>markup</b> that must show as text.", "A second paragraph."];
            db.Photos.Add(new Photo { ArticleId = article.Id, Position = 1, Caption = HostileCaption, SlugLine = "<script>slug</script>", Credit = "AP Photo/<i>Jane Doe</i>" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
    }

    /// <summary>The story one of the seed's teasers points to, arriving later.</summary>
    public static Task AddMissingTeaserStoryAsync(NewsSiteFactory site) =>
        site.IngestTextAsync("parrots.txt", Dump(MissingTeaser, "JAKARTA, Indonesia (AP) — Crew on a docked ship found 64 birds still alive.", "Ten had died."));

    /// <summary>A text dump in the seed's layout: headline, an optional two-photo gallery, reading time, body.</summary>
    public static string Dump(string headline, string firstParagraph, string secondParagraph, (string Slug, string Caption, string Credit)? photo = null)
    {
        var lines = new List<string> { headline, "" };
        if (photo is { } p)
        {
            // A gallery of one reads as page furniture, so every written gallery has two photos.
            string[] captions = [$"{p.Caption} ({p.Credit})", $"A second view. {p.Caption} ({p.Credit})"];
            for (var i = 0; i < captions.Length; i++)
            {
                lines.AddRange([$"  • {captions[i]}", $"    {i + 1}/{captions.Length}", "", $"    {p.Slug}", "", $"    {captions[i]}"]);
            }

            lines.AddRange(captions);
        }

        lines.AddRange(["·1 min read", "", firstParagraph, "", secondParagraph, "", Filler]);
        return string.Join('\n', lines);
    }

    /// <summary>Many short stories, for paging.</summary>
    public static async Task AddManyAsync(NewsSiteFactory site, int count)
    {
        var folder = Directory.CreateDirectory(Path.Combine(site.DataDirectory, "many")).FullName;
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"story-{i:D3}.txt");
            await File.WriteAllTextAsync(path, Dump($"Generated story {i:D3}", $"BERLIN (AP) — Paragraph for story {i:D3}.", "Another paragraph."), TestContext.Current.CancellationToken);
            paths.Add(path);
        }

        await site.IngestAsync([.. paths]);
    }
}
