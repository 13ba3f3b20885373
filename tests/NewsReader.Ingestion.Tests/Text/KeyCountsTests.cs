using NewsReader.Ingestion.Text;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The repeat counts' table counts each key as a dictionary would, however the keys fall in it.</summary>
public sealed class KeyCountsTests
{
    [Fact]
    public void Counts_KeysAddedInAnyOrder_AreEachKeysAdditions()
    {
        var random = new Random(20261127);
        var keys = Enumerable.Range(0, 500).Select(_ => random.NextInt64(long.MinValue, long.MaxValue))
            .Concat([0, -1, 1, long.MinValue, long.MaxValue]).ToArray();
        var added = Enumerable.Range(0, 2_000).Select(_ => keys[random.Next(keys.Length)]).ToArray();
        var expected = added.CountBy(key => key).ToDictionary();

        using var counts = new KeyCounts(added.Length);
        foreach (var key in added)
        {
            counts.Add(key);
        }

        foreach (var key in keys)
        {
            Assert.Equal(expected.GetValueOrDefault(key), counts[key]);
        }
    }

    [Fact]
    public void Counts_KeysThatAllWantTheFirstSlot_AreToldApart()
    {
        // Keys whose products with the multiplier are small all want slot 0: each takes the next free slot after it.
        var keys = Enumerable.Range(1, 64).Select(small => unchecked((long)(InverseOfMultiplier() * (ulong)small))).ToArray();
        using var counts = new KeyCounts(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(0, counts[keys[i]]);
            for (var times = 0; times <= i % 3; times++)
            {
                counts.Add(keys[i]);
            }
        }

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal((i % 3) + 1, counts[keys[i]]);
        }

        Assert.Equal(0, counts[unchecked((long)(InverseOfMultiplier() * 65))]);
    }

    [Fact]
    public void Counts_ATableHoldingAsManyKeysAsItWasMadeFor_StillCountsEach()
    {
        const int size = 1_000;
        using var counts = new KeyCounts(size);
        for (var key = 0L; key < size; key++)
        {
            counts.Add(key * 4096);
        }

        for (var key = 0L; key < size; key++)
        {
            Assert.Equal(1, counts[key * 4096]);
        }
    }

    [Fact]
    public void Counts_InATableFromThePoolAfterAnother_StartFromZero()
    {
        using (var first = new KeyCounts(16))
        {
            first.Add(42);
            first.Add(42);
        }

        using var second = new KeyCounts(16);
        Assert.Equal(0, second[42]);
    }

    // Newton's iteration for the inverse of an odd number modulo 2^64: each step doubles the bits that are right.
    private static ulong InverseOfMultiplier()
    {
        var inverse = KeyCounts.Multiplier;
        for (var step = 0; step < 6; step++)
        {
            inverse *= 2 - (KeyCounts.Multiplier * inverse);
        }

        return inverse;
    }
}
