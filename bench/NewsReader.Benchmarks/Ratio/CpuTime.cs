using System.Diagnostics;

namespace NewsReader.Benchmarks.Ratio;

/// <summary>Process CPU time of one call: what other processes take from the cores is not counted.</summary>
internal static class CpuTime
{
    public static double Milliseconds(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }
}
