using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace NewsReader.Data.Media;

/// <summary>A photo's image, copied into the media folder under its content hash.</summary>
/// <param name="FileName">The file's name in the media folder: the SHA-256 of its bytes and the real type's extension.</param>
/// <param name="ContentType">The type the bytes show (<c>image/jpeg</c>), never the one the extension claims.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record StoredImage(string FileName, string ContentType, int Width, int Height);

/// <summary>The outcome of copying an article's images: one entry per photo (null where skipped), and why any were skipped.</summary>
public sealed record MediaCopyResult(IReadOnlyList<StoredImage?> Images, IReadOnlyList<string> Diagnostics);

/// <summary>
/// Copies the images a saved page's gallery references into the store's media folder. The images are looked
/// up in the article's asset folder: a browser's "Save page as, complete" folder <c>NAME_files/</c> beside
/// <c>NAME.html</c>, or a folder named like the article file without its extension (<c>NAME/</c>) beside it.
/// A page's photos name their images; a text dump's do not, so its photos take the folder's files by the
/// number that ends their names (photo 1 is "1.jpg" or "photo-01.png"). Missing, unreadable, oversized or
/// fake images are skipped with a diagnostic; the article still ingests.
/// </summary>
public sealed partial class MediaCopier(string mediaDirectory, ILogger<MediaCopier> logger)
{
    /// <summary>Images larger than this are skipped: no news photo needs it, and it bounds memory per file.</summary>
    public const int MaxImageBytes = 25 * 1024 * 1024;

    /// <summary>The asset folder for an article file, when there is one.</summary>
    public static string? FindAssetFolder(string articlePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(articlePath)) ?? ".";
        var name = Path.GetFileNameWithoutExtension(articlePath);
        foreach (var candidate in new[] { Path.Combine(directory, name + "_files"), Path.Combine(directory, name) })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Copies each referenced image found in the article's asset folder; returns one entry per source, in order.</summary>
    public Task<MediaCopyResult> CopyAsync(string articlePath, IReadOnlyList<string?> imageSources, CancellationToken cancellationToken) =>
        FindAssetFolder(articlePath) is { } assets
            ? CopyAsync(articlePath, assets, imageSources, cancellationToken)
            : Task.FromResult(new MediaCopyResult(new StoredImage?[imageSources.Count], []));

    /// <summary>Copies each referenced image found in <paramref name="assets"/>, the asset folder the caller already found.</summary>
    public async Task<MediaCopyResult> CopyAsync(string articlePath, string assets, IReadOnlyList<string?> imageSources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imageSources);
        var images = new StoredImage?[imageSources.Count];
        var diagnostics = new List<string>();

        Directory.CreateDirectory(mediaDirectory);

        // A text dump names no images: its folder's files are matched to photos by the number in their names.
        // Never a browser's NAME_files folder, whose numbered files (image1.png) are whatever the page loaded.
        var numbered = imageSources.All(source => source is null) && !assets.EndsWith("_files", StringComparison.OrdinalIgnoreCase)
            ? NumberedImages(assets)
            : null;
        for (var i = 0; i < imageSources.Count; i++)
        {
            string? path;
            if (numbered is not null)
            {
                if (!numbered.TryGetValue(i + 1, out path))
                {
                    diagnostics.Add($"Photo {i + 1}: no file numbered {i + 1} in {Path.GetFileName(assets)}; skipped.");
                    continue;
                }
            }
            else if (imageSources[i] is not { } source)
            {
                continue;
            }
            else if ((path = Resolve(assets, source)) is null)
            {
                diagnostics.Add($"Photo {i + 1}: {source} is not in {Path.GetFileName(assets)}; skipped.");
                continue;
            }

            try
            {
                images[i] = await CopyOneAsync(path, cancellationToken);
                if (images[i] is null)
                {
                    diagnostics.Add($"Photo {i + 1}: {Path.GetFileName(path)} is not a JPEG, PNG, GIF or WebP image (or is over {MaxImageBytes / (1024 * 1024)} MB); skipped.");
                }
            }
            catch (IOException exception)
            {
                diagnostics.Add($"Photo {i + 1}: {Path.GetFileName(path)} could not be read ({exception.Message}); skipped.");
            }
            catch (UnauthorizedAccessException exception)
            {
                diagnostics.Add($"Photo {i + 1}: {Path.GetFileName(path)} could not be read ({exception.Message}); skipped.");
            }
        }

        foreach (var diagnostic in diagnostics)
        {
            LogSkippedImage(logger, articlePath, diagnostic);
        }

        return new MediaCopyResult(images, diagnostics);
    }

    /// <summary>
    /// The file an image source names inside the asset folder: a relative path ("NAME_files/a.jpg", "./a.jpg") or,
    /// for an absolute URL, the file of the same name. Nothing outside the folder is ever read.
    /// </summary>
    private static string? Resolve(string assets, string source)
    {
        var path = source.Split('?', '#')[0];
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            path = uri.AbsolutePath;
        }

        path = Uri.UnescapeDataString(path).Replace('\\', '/');
        var assetsName = Path.GetFileName(assets);
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(part => part == "." || part == assetsName).ToArray();
        if (parts.Length == 0 || parts.Any(part => part == ".."))
        {
            return null;
        }

        var root = Path.GetFullPath(assets) + Path.DirectorySeparatorChar;
        foreach (var candidate in new[] { Path.Combine([assets, .. parts]), Path.Combine(assets, parts[^1]) })
        {
            var full = Path.GetFullPath(candidate);
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>
    /// The files directly in the folder whose names end in a number ("1.jpg", "photo-02.png"), by that number;
    /// where two share a number the first in name order wins.
    /// </summary>
    private static Dictionary<int, string> NumberedImages(string assets)
    {
        var numbered = new Dictionary<int, string>();
        foreach (var file in Directory.EnumerateFiles(assets).Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var start = stem.Length;
            while (start > 0 && char.IsAsciiDigit(stem[start - 1]))
            {
                start--;
            }

            if (!stem.StartsWith('.') && start < stem.Length && stem.Length - start <= 4)
            {
                numbered.TryAdd(int.Parse(stem.AsSpan(start), System.Globalization.CultureInfo.InvariantCulture), file);
            }
        }

        return numbered;
    }

    private async Task<StoredImage?> CopyOneAsync(string path, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).Length > MaxImageBytes)
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (ImageSniffer.Read(bytes) is not { } info)
        {
            return null;
        }

        var name = Convert.ToHexStringLower(SHA256.HashData(bytes)) + info.Extension;
        var target = Path.Combine(mediaDirectory, name);
        if (!File.Exists(target))
        {
            // Write beside, then move: a reader never sees half a file, and two writers of the same bytes agree.
            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }

        return new StoredImage(name, info.ContentType, info.Width, info.Height);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Image skipped for {ArticlePath}: {Reason}")]
    private static partial void LogSkippedImage(ILogger logger, string articlePath, string reason);
}
