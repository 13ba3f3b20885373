using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Infrastructure;

namespace NewsReader.Web.Tests;

/// <summary>Stored images on the article and photo pages, and the /media route that serves them, over real HTTP.</summary>
public sealed class PhotoImageTests
{
    private const string Headline = "Harbour reopens after storm";
    private const string FirstCaption = "Boats return to the harbour on Friday.";

    // A real 48x32 PNG, one colour throughout.
    private static readonly byte[] Boats = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAMUlEQVR42u3OQQ0AAAgEoItiNKMZ1RbOBxsBSPW8EiEhISEhISEhISEhISEhISGhSwuntMBbop7arwAAAABJRU5ErkJggg==");

    private static readonly string BoatsName = Convert.ToHexStringLower(SHA256.HashData(Boats)) + ".png";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Article_PageWithStoredImage_ShowsItWithSizeSrcsetSizesAndTheCaptionAsAlt()
    {
        using var site = new NewsSiteFactory();
        await IngestHarbourAsync(site);
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync(await site.ArticlePathAsync(Headline));

        var lead = page.QuerySelector("figure.photo-lead img");
        Assert.NotNull(lead);
        Assert.Equal($"/media/{BoatsName}", lead.GetAttribute("src"));
        Assert.Equal("48", lead.GetAttribute("width"));
        Assert.Equal("32", lead.GetAttribute("height"));
        Assert.Equal($"/media/{BoatsName} 48w", lead.GetAttribute("srcset"));
        Assert.Equal("(min-width: 44rem) 40rem, 100vw", lead.GetAttribute("sizes"));
        Assert.Equal(FirstCaption, lead.GetAttribute("alt"));
        Assert.Equal("eager", lead.GetAttribute("loading"));

        var thumbs = page.QuerySelectorAll(".gallery-strip-thumbs figure");
        Assert.Equal(2, thumbs.Length);
        var thumb = thumbs[0].QuerySelector("img")!;
        Assert.Equal($"/media/{BoatsName} 48w", thumb.GetAttribute("srcset"));
        Assert.Equal("(min-width: 40rem) 12rem, 10rem", thumb.GetAttribute("sizes"));
        Assert.Equal("lazy", thumb.GetAttribute("loading"));

        // The second photo's file was not really an image: a caption card, never a broken <img>.
        Assert.Null(thumbs[1].QuerySelector("img"));
        Assert.NotNull(thumbs[1].QuerySelector(".caption-card"));
    }

    [Fact]
    public async Task PhotoPage_StoredImage_IsShownAtTheGallerysSizes()
    {
        using var site = new NewsSiteFactory();
        await IngestHarbourAsync(site);
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync(await site.ArticlePathAsync(Headline) + "/photos/1");

        var slide = page.QuerySelectorAll(".slide").Single(s => !s.HasAttribute("hidden"));
        var image = slide.QuerySelector("figure.photo-card img")!;
        Assert.Equal($"/media/{BoatsName}", image.GetAttribute("src"));
        Assert.Equal(("48", "32"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("(min-width: 58.5rem) 56rem, calc(100vw - 2.5rem)", image.GetAttribute("sizes"));
        Assert.Equal(FirstCaption, image.GetAttribute("alt"));
        Assert.Equal("eager", image.GetAttribute("loading"));
        Assert.Equal("lazy", page.QuerySelector(".gallery-thumbs img")!.GetAttribute("loading"));
    }

    [Fact]
    public async Task Media_StoredImage_AnswersWithItsBytesTypeAndAYearLongImmutableCache()
    {
        using var site = new NewsSiteFactory();
        await IngestHarbourAsync(site);
        using var client = site.CreateClient();

        using var response = await client.GetAsync($"/media/{BoatsName}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(Boats, await response.Content.ReadAsByteArrayAsync(Token));
    }

    [Fact]
    public async Task Media_NameThatIsNotStored_IsNotFound()
    {
        using var site = new NewsSiteFactory();
        using var client = site.CreateClient();

        using var response = await client.GetAsync("/media/" + new string('0', 64) + ".png", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_ImageFileGoneFromTheMediaFolder_ShowsTheCaptionCardInstead()
    {
        using var site = new NewsSiteFactory();
        await IngestHarbourAsync(site);
        File.Delete(Path.Combine(site.MediaPath, BoatsName));
        using var client = site.CreateClient();

        var page = await client.GetDocumentAsync(await site.ArticlePathAsync(Headline));

        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.NotNull(page.QuerySelector("figure.photo-lead .caption-card"));
    }

    [Fact]
    public async Task Article_ImageFileDeletedAfterThePageWasShown_ShowsTheCaptionCardOnceTheFolderNoticesIt()
    {
        using var site = new NewsSiteFactory();
        await IngestHarbourAsync(site);
        using var client = site.CreateClient();
        var path = await site.ArticlePathAsync(Headline);
        Assert.NotNull((await client.GetDocumentAsync(path)).QuerySelector("figure.photo-lead img"));

        File.Delete(Path.Combine(site.MediaPath, BoatsName));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetDocumentAsync(path)).QuerySelector("figure.photo-lead img") is not null)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "The page still shows an image whose file is gone.");
            await Task.Delay(20, Token);
        }
    }

    [Fact]
    public async Task Article_IngestedAfterOtherPagesWereShown_ShowsItsImageOnItsFirstRequest()
    {
        using var site = new NewsSiteFactory();
        using var client = site.CreateClient();

        // The media folder listed (empty) by an earlier render.
        Assert.False(site.Services.GetRequiredService<MediaFiles>().Contains(BoatsName));

        await IngestHarbourAsync(site);
        var page = await client.GetDocumentAsync(await site.ArticlePathAsync(Headline));

        Assert.Equal($"/media/{BoatsName}", page.QuerySelector("figure.photo-lead img")?.GetAttribute("src"));
    }

    // A saved page with its NAME_files folder: one real PNG, and a .jpg that is text.
    private static async Task IngestHarbourAsync(NewsSiteFactory site)
    {
        var folder = Directory.CreateDirectory(Path.Combine(site.DataDirectory, "saved", "harbour_files")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "boats.png"), Boats, Token);
        await File.WriteAllTextAsync(Path.Combine(folder, "crane.jpg"), "not a JPEG", Token);
        var page = Path.Combine(site.DataDirectory, "saved", "harbour.html");
        await File.WriteAllTextAsync(
            page,
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{Headline} - Example News</title></head>
            <body><article><h1>{Headline}</h1>
            <figure><img src="harbour_files/boats.png" alt=""><figcaption>{FirstCaption} (AP Photo/John Smith)</figcaption></figure>
            <figure><img src="harbour_files/crane.jpg" alt=""><figcaption>A crane lifts a container at the quay. (AP Photo/John Smith)</figcaption></figure>
            <p>PORTVILLE (AP) — The harbour reopened on Friday after a storm closed it for three days, port officials said, and the first boats were back by noon.</p>
            <p>Crews worked through the night to clear fallen trees and debris from the quays, and the harbour master said the channel was safe for traffic again.</p>
            <p>Fishermen who had waited out the storm on shore said they were relieved to be back at sea, though several boats had been damaged.</p>
            </article></body></html>
            """,
            Token);
        var summary = await site.IngestAsync(page);
        Assert.Equal(1, summary.Ingested);
    }
}
