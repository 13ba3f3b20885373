namespace NewsReader.Web.Infrastructure;

/// <summary>Settings of the reading site, from the "NewsReader" configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "NewsReader";

    public string SiteName { get; set; } = "NewsReader";

    /// <summary>How long a rendered page is served from memory; 0 renders every request.</summary>
    public int PageCacheSeconds { get; set; } = 10;

    /// <summary>Absolute base for canonical and Open Graph URLs; the request's own host when empty.</summary>
    public Uri? PublicBaseUrl { get; set; }
}
