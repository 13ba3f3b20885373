using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsReader.Web.Tests.Browser;

public sealed class BrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Reader_OpensSeedArticleFromFrontPage_AndReadsIt()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = TestStories.SeedHeadline, Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(TestStories.SeedHeadline);
        await Assertions.Expect(page.Locator(".story-body .dateline")).ToHaveTextAsync("MOSCOW (AP)");
        await Assertions.Expect(page.Locator(".story-body p").Nth(1)).ToContainTextAsync("The president of Azerbaijan");
        await Assertions.Expect(page.Locator(".gallery-strip-count")).ToHaveTextAsync("5 photos");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Gallery_WithKeyboard_GoesThroughAllFivePhotos_AddressFollows_EscReturnsToArticle()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;
        var article = await ArticlePathAsync();
        await page.GotoAsync(article);
        await page.Locator(".gallery-strip-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(article)}/photos/1$"));
        var historyLength = await page.EvaluateAsync<int>("history.length");

        for (var n = 1; n <= 5; n++)
        {
            await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync($"{n} of 5");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/photos/{n}$"));
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex($"^Photo {n} of 5"));
            await page.Keyboard.PressAsync("ArrowRight");
        }

        // Past the last photo the gallery stays put; left walks back.
        await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync("5 of 5");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync("4 of 5");
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("history.length"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(article)}$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(TestStories.SeedHeadline);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Gallery_WithButtons_GoesThroughAllFivePhotos_AndBackLeavesTheGallery()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;
        var article = await ArticlePathAsync();
        await page.GotoAsync(article);
        await page.Locator(".gallery-strip-link").ClickAsync();

        var next = page.Locator("[data-gallery-next]");
        var previous = page.Locator("[data-gallery-prev]");
        await Assertions.Expect(previous).ToHaveAttributeAsync("aria-disabled", "true");
        for (var n = 2; n <= 5; n++)
        {
            await next.ClickAsync();
            await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync($"{n} of 5");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/photos/{n}$"));
        }

        await Assertions.Expect(next).ToHaveAttributeAsync("aria-disabled", "true");
        await previous.ClickAsync();
        await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync("4 of 5");

        // The gallery replaced its history entry as it moved, so one Back leaves it.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(article)}$"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Gallery_OnPhone_SwipesToTheNextPhoto()
    {
        await using var browser = await site.OpenAsync(390, 844);
        var page = browser.Page;
        await page.GotoAsync(await ArticlePathAsync() + "/photos/2");

        await page.EvaluateAsync("""
            () => {
              const area = document.querySelector('[data-gallery-slides]');
              const touch = x => new Touch({ identifier: 1, target: area, clientX: x, clientY: 300 });
              area.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(300)], changedTouches: [touch(300)], bubbles: true }));
              area.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(120)], bubbles: true }));
            }
            """);

        await Assertions.Expect(VisibleCounter(page)).ToHaveTextAsync("3 of 5");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/photos/3$"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task LatestStories_LinkToMissingStory_OpensItsTeaserPage()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync(await ArticlePathAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = TestStories.MissingTeaser }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stories/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(TestStories.MissingTeaser);
        await Assertions.Expect(page.Locator(".callout")).ToContainTextAsync("not in the library yet");
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryPageType_HasNoAccessibilityViolations_AndIsPhotographedAtPhoneAndDesktopWidths(ColorScheme scheme)
    {
        var pages = await PageTypesAsync();
        var problems = new List<string>();
        var schemeName = scheme.ToString().ToLowerInvariant();

        // axe is slow in a software-rendered browser, so it runs once per page and scheme, at desktop width.
        await using (var desktop = await site.OpenAsync(1280, 900, scheme))
        {
            foreach (var (name, path) in pages)
            {
                await desktop.Page.GotoAsync(path);
                var result = await desktop.Page.RunAxe();
                problems.AddRange(result.Violations.Select(v =>
                    $"{name} ({schemeName}): {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));
                await ScreenshotAsync(desktop.Page, $"{name}-desktop-{schemeName}");
            }

            problems.AddRange(desktop.Errors.Where(e => !IsNotFoundStatus(e)));
        }

        await using (var phone = await site.OpenAsync(390, 844, scheme))
        {
            foreach (var (name, path) in pages)
            {
                await phone.Page.GotoAsync(path);
                await ScreenshotAsync(phone.Page, $"{name}-phone-{schemeName}");
            }

            problems.AddRange(phone.Errors.Where(e => !IsNotFoundStatus(e)));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // The 404 page's own status shows as a console error; nothing else may.
    private static bool IsNotFoundStatus(string error) => error.Contains("/not-such-story", StringComparison.Ordinal) && error.Contains("404", StringComparison.Ordinal);

    private async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(site.ScreenshotDirectory, name + ".png"), FullPage = true });

    private static ILocator VisibleCounter(IPage page) => page.Locator(".slide:not([hidden]) .slide-counter");

    private Task<string> ArticlePathAsync() => site.ArticlePathAsync(TestStories.SeedHeadline);

    private async Task<IReadOnlyList<(string Name, string Path)>> PageTypesAsync()
    {
        var article = await ArticlePathAsync();
        var story = await site.StoryPathAsync(TestStories.MissingTeaser);
        return
        [
            ("home", "/"),
            ("article", article),
            ("photo", article + "/photos/3"),
            ("story", story),
            ("topic", "/topics/armenia"),
            ("place", "/places/moscow"),
            ("photographer", "/photographers/sergei-grits"),
            ("topics", "/topics"),
            ("not-found", "/articles/not-such-story"),
        ];
    }
}
