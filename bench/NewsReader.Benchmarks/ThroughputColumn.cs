using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsReader.Benchmarks;

/// <summary>Megabytes of input per second, from the mean time of one pass over the benchmark's input.</summary>
/// <param name="legend">What the input is, for the summary's legend.</param>
/// <param name="inputBytes">The bytes one operation reads for a benchmark case, or null when unknown.</param>
internal sealed class ThroughputColumn(string legend, Func<BenchmarkCase, long?> inputBytes) : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || inputBytes(benchmarkCase) is not { } bytes)
        {
            return "-";
        }

        var seconds = statistics.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
