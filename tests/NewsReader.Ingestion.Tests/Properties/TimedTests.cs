namespace NewsReader.Ingestion.Tests.Properties;

/// <summary>Tests that measure time run alone, so other tests do not skew their clocks.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timing";
}
