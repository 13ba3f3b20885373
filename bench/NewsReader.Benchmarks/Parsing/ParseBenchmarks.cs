using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsReader.Ingestion;

namespace NewsReader.Benchmarks.Parsing;

/// <summary>
/// The text-dump parser against a baseline that only splits the same text into lines: the parser
/// should keep at least a quarter of the baseline's throughput.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ParseBenchmarks
{
    private string[] _texts = [];

    [Params(ParseInputs.Seed, ParseInputs.CorpusW3m, ParseInputs.CorpusInnerText)]
    public string Input { get; set; } = ParseInputs.Seed;

    [GlobalSetup]
    public void Setup() => _texts = ParseInputs.Get(Input);

    [Benchmark(Baseline = true)]
    public int SplitLines()
    {
        var lines = 0;
        foreach (var text in _texts)
        {
            lines += text.Split('\n').Length;
        }

        return lines;
    }

    [Benchmark]
    public int ParseDumps()
    {
        var parsed = 0;
        foreach (var text in _texts)
        {
            parsed += TextDumpParser.Parse(text).Succeeded ? 1 : 0;
        }

        return parsed;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(
            "Input megabytes (10^6 bytes of UTF-8) parsed per second",
            benchmarkCase => benchmarkCase.Parameters["Input"] is string input ? ParseInputs.Bytes(input) : null));
    }
}
