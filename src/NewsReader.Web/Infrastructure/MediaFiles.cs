using Microsoft.Extensions.Options;
using NewsReader.Data;

namespace NewsReader.Web.Infrastructure;

/// <summary>
/// Which image files the media folder holds, so a page leaves out a photo whose file is gone (a caption card,
/// never a broken image) without a file-system call per photo per render: a front page shows forty. The folder
/// is listed once and kept current by a watcher (a file deleted or renamed by hand) and by every ingest batch
/// (which adds files), either of which drops the list to be read again on the next render.
/// </summary>
public sealed partial class MediaFiles : IDisposable
{
    private readonly string _folder;
    private readonly FileSystemWatcher? _watcher;
    private readonly ILogger<MediaFiles> _logger;
    private readonly KeptUntilChanged<HashSet<string>> _names = new();

    public MediaFiles(IOptions<NewsReaderOptions> options, ILogger<MediaFiles> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _folder = options.Value.ResolvedMediaPath;
        _logger = logger;
        try
        {
            Directory.CreateDirectory(_folder);
            _watcher = new FileSystemWatcher(_folder) { NotifyFilter = NotifyFilters.FileName, IncludeSubdirectories = false };
            _watcher.Created += (_, _) => Invalidate();
            _watcher.Deleted += (_, _) => Invalidate();
            _watcher.Renamed += (_, _) => Invalidate();
            _watcher.Error += (_, _) => Invalidate();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // Without a watcher a hand-deleted file could go unnoticed: ask the file system each time, as before.
            _watcher?.Dispose();
            _watcher = null;
            LogWatcherFailed(exception, _folder);
        }
    }

    /// <summary>Whether the media folder holds a file of this name (a bare name, never a path).</summary>
    public bool Contains(string fileName)
    {
        if (fileName != Path.GetFileName(fileName))
        {
            return false;
        }

        if (_watcher is null)
        {
            return File.Exists(Path.Combine(_folder, fileName));
        }

        return (_names.Value ?? Load()).Contains(fileName);
    }

    /// <summary>Drops the list; the next render reads the folder again.</summary>
    public void Invalidate() => _names.Invalidate();

    public void Dispose() => _watcher?.Dispose();

    private HashSet<string> Load()
    {
        var generation = _names.Generation;
        HashSet<string> names;
        try
        {
            names = Directory.EnumerateFiles(_folder).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept: the next render tries again.
            LogListFailed(exception, _folder);
            return [];
        }

        return _names.Keep(names, generation);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Cannot watch the media folder {MediaFolder}; each photo's file is checked as the page renders")]
    private partial void LogWatcherFailed(Exception exception, string mediaFolder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Cannot list the media folder {MediaFolder}; photos show as caption cards until it can be read")]
    private partial void LogListFailed(Exception exception, string mediaFolder);
}
