using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace NewsReader.Web.Tests.Browser;

/// <summary>
/// The site on a real Kestrel port on 127.0.0.1, and Debian's Chromium driven by Playwright.
/// Without Chromium the tests skip, naming the package; under CI a missing browser is a failure.
/// </summary>
public sealed class BrowserSite : NewsSiteFactory, IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        await TestStories.SeedAsync(this);

        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh page that records console errors and uncaught exceptions.</summary>
    public async Task<BrowserPage> OpenAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        if (_browser is null)
        {
            const string Message = "Chromium was not found at /usr/bin/chromium: install the Debian package `chromium` (apt-get install -y chromium) to run the browser tests.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(Message);
            }

            Assert.Skip(Message);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        return new BrowserPage(context, page, errors);
    }

    public new async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

public sealed record BrowserPage(IBrowserContext Context, IPage Page, List<string> Errors) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
