using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NewsReader.Web.Infrastructure;

internal static class StaticAssets
{
    /// <summary>Pages link assets with a version query (asp-append-version), so a versioned URL never changes.</summary>
    public static void SetCacheHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600";
    }

    /// <summary>Stored images are named by their content hash, so they can be cached for good.</summary>
    public static IApplicationBuilder UseMediaFiles(this IApplicationBuilder app, string mediaPath) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(mediaPath),
            RequestPath = "/media",
            ServeUnknownFileTypes = false,
            OnPrepareResponse = static context =>
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable",
        });
}
