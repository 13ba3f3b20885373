namespace NewsReader.Ingestion.Rules;

/// <summary>
/// Which related-story lists a page gives, the same for a text dump and an HTML page: each list's stories without
/// the ranks run into their titles, no list that is the site's menu or footer, and a list the page repeats (a copy for
/// another screen size) once.
/// </summary>
internal static class RelatedLists
{
    /// <summary>Adds the list under its heading unless it is none of the page's stories or a copy of one given; true when added.</summary>
    public static bool TryAdd(List<RelatedList> lists, string heading, List<Teaser> stories)
    {
        var list = TeaserText.WithoutRanks(stories);
        if (list.Count == 0 || TeaserText.IsMenu(list) || lists.Exists(given => IsCopy(given, heading, list)))
        {
            return false;
        }

        lists.Add(new RelatedList(heading, list));
        return true;
    }

    // A copy has the heading and opens with the same story; a copy for a smaller screen may list fewer.
    private static bool IsCopy(RelatedList given, string heading, List<Teaser> stories) =>
        given.Heading == heading && given.Stories[0].Title == stories[0].Title;
}
