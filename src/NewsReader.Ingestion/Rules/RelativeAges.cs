using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Rules;

/// <summary>
/// How long ago a story went up, as pages in the corpus's other languages write it under the writer's name
/// (<c>před 2 hodinami</c>, <c>il y a 3 heures</c>, <c>hace 5 minutos</c>, <c>vor 2 Stunden</c>, <c>há 1 dia</c>). The
/// English forms ("2 hours ago") are timestamps already (<see cref="PageFurniture.HasTimestamp"/>).
/// </summary>
internal static partial class RelativeAges
{
    public static bool IsRelativeAge(ReadOnlySpan<char> line) => line.Length <= 40 && Digits.MayContain(line) && Pattern().IsMatch(line);

    [GeneratedRegex(
        @"^(?:před|pred|il y a|hace|há|ha|vor)\s+\d{1,3}\s+(?:hodinami|hodinou|minutami|minutou|sekundami|dny|dnem|heures?|minutes?|jours?|horas?|minutos?|días?|dias?|Stunden|Stunde|Minuten|Minute|Tagen|Tag)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RuleTimeout.Milliseconds)]
    private static partial Regex Pattern();
}
