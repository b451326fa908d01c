using Bunit;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Statistics;

namespace CoopPortal.ComponentTests.Pages.Statistics;

/// <summary>The statistics page's «ارقام تا ساعت …»: Jalali date and Iran time in Persian digits, and a note when the replica is down.</summary>
public sealed class FiguresAsOfLineTests : ComponentTest
{
    // 1405/09/14 09:35 in Iran (UTC+03:30).
    private static readonly DateTime At = new(2026, 12, 5, 6, 5, 0, DateTimeKind.Utc);

    [Fact]
    public void The_replicas_moment_is_shown_in_iran_time_with_persian_digits_and_no_note()
    {
        var cut = Context.Render<FiguresAsOfLine>(p => p.Add(c => c.AsOf, new DataAsOf(At, ReadSource.Replica)));

        Assert.Equal("ارقام تا ساعت ۰۹:۳۵ روز ۱۴۰۵/۰۹/۱۴", cut.Find("#stats-as-of").TextContent);
        Assert.Empty(cut.FindAll("#stats-from-primary"));
    }

    [Fact]
    public void Figures_read_from_the_primary_because_the_replica_is_down_say_so()
    {
        var cut = Context.Render<FiguresAsOfLine>(p => p.Add(c => c.AsOf, new DataAsOf(At, ReadSource.PrimaryInsteadOfReplica)));

        Assert.Equal("ارقام تا ساعت ۰۹:۳۵ روز ۱۴۰۵/۰۹/۱۴", cut.Find("#stats-as-of").TextContent);
        Assert.Equal(FiguresAsOf.FromPrimary, cut.Find("#stats-from-primary").TextContent.Trim());
    }

    [Fact]
    public void A_primary_without_a_replica_needs_no_note_and_an_unknown_moment_is_said_plainly()
    {
        var primary = Context.Render<FiguresAsOfLine>(p => p.Add(c => c.AsOf, new DataAsOf(At, ReadSource.Primary)));
        Assert.Empty(primary.FindAll("#stats-from-primary"));

        var unknown = Context.Render<FiguresAsOfLine>(p => p.Add(c => c.AsOf, new DataAsOf(null, ReadSource.Replica)));
        Assert.Equal(FiguresAsOf.Unknown, unknown.Find("#stats-as-of").TextContent);
    }
}
