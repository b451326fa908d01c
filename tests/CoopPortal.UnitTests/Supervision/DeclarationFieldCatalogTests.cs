using System.Reflection;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>The self-declaration's fields, described once: complete, consistent, and reading typed text as people type it.</summary>
public sealed class DeclarationFieldCatalogTests
{
    private static DeclarationField Field(string key) => DeclarationFieldCatalog.Get(key);

    private static IEnumerable<DeclarationEntry> Entries() =>
        DeclarationFieldCatalog.All.SelectMany(f => f.Columns.Prepend(f)).Append(DeclarationFieldCatalog.PreviousYearNetProfitOrLoss);

    private static PropertyInfo[] ContentProperties() =>
        typeof(DeclarationContent).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    [Fact]
    public void Every_field_has_a_unique_key_a_persian_label_a_section_and_a_kind()
    {
        Assert.Equal(DeclarationFieldCatalog.All.Count, DeclarationFieldCatalog.All.Select(f => f.Key).Distinct().Count());
        foreach (var entry in Entries())
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Key));
            Assert.True(TestApplications.HasPersianLetter(entry.Label), entry.Key);
            Assert.True(TestApplications.HasPersianLetter(entry.ViewLabel), entry.Key);
            Assert.True(Enum.IsDefined(entry.Kind), entry.Key);
        }

        foreach (var field in DeclarationFieldCatalog.All)
        {
            Assert.True(Enum.IsDefined(field.Section), field.Key);
            Assert.Equal(field.Kind == DeclarationFieldKind.Rows, field.Columns.Count > 0);
            if (field.IsRequired && field.Kind != DeclarationFieldKind.Rows)
            {
                Assert.True(TestApplications.HasPersianLetter(field.Missing), field.Key);
            }
        }

        // Every section but the inspectors' report (an upload) has fields.
        Assert.Equal(
            DeclarationSectionText.All.Where(s => s != DeclarationSection.InspectorsReport),
            DeclarationSectionText.All.Where(s => DeclarationFieldCatalog.In(s).Any()));
    }

    [Fact]
    public void Every_property_of_the_content_the_form_edits_is_in_the_catalog_and_read_and_written_by_it()
    {
        var properties = ContentProperties();
        Assert.Equal(properties.Select(p => p.Name).Order(), DeclarationFieldCatalog.All.Select(f => f.Key).Order());

        var sample = new Dictionary<Type, object>
        {
            [typeof(int?)] = 7,
            [typeof(long?)] = -9L,
            [typeof(DateOnly?)] = new DateOnly(2025, 6, 1),
            [typeof(bool?)] = true,
            [typeof(IReadOnlyList<ExtraordinaryAssembly>)] = new List<ExtraordinaryAssembly> { new(null, "افزایش سرمایه") },
            [typeof(IReadOnlyList<OfficerEntry>)] = new List<OfficerEntry> { new(OfficerRole.Ceo, "علی رضایی", "0012345678") },
        };
        foreach (var property in properties)
        {
            var field = Field(property.Name);
            var value = sample[property.PropertyType];
            var written = field.Write(DeclarationContent.Empty, value);
            Assert.Equal(value, property.GetValue(written));
            Assert.Equal(value, field.Read(written));
            Assert.All(properties.Where(p => p != property), other => Assert.Equal(other.GetValue(DeclarationContent.Empty), other.GetValue(written)));
        }
    }

    [Fact]
    public void The_columns_of_the_rows_are_the_properties_of_the_rows()
    {
        Assert.Equal(
            typeof(ExtraordinaryAssembly).GetProperties().Select(p => p.Name).Order(),
            Field(nameof(DeclarationContent.ExtraordinaryAssemblies)).Columns.Select(c => c.Key).Order());
        Assert.Equal(
            typeof(OfficerEntry).GetProperties().Select(p => p.Name).Order(),
            Field(nameof(DeclarationContent.Officers)).Columns.Select(c => c.Key).Order());
    }

    [Fact]
    public void Counts_are_read_in_any_digit_script_with_separators_and_never_negative()
    {
        var members = Field(nameof(DeclarationContent.MembersTotal));
        Assert.Equal(DeclarationFieldKind.Count, members.Kind);
        Assert.Equal("نفر", members.Unit);
        Assert.Equal((1200, null), members.Parse("۱٬۲۰۰"));
        Assert.Equal((1200, null), members.Parse("1,200"));
        Assert.Equal((12, null), members.Parse(" ١٢ ")); // Arabic-Indic digits
        Assert.Equal((null, null), members.Parse("  "));
        Assert.Equal((null, "عدد صحیح و نامنفی وارد کنید."), members.Parse("-3"));
        Assert.Equal((null, DeclarationFieldCatalog.NotAWholeCount), members.Parse("دوازده"));
        Assert.Equal((null, DeclarationFieldCatalog.NotAWholeCount), members.Parse("99999999999")); // does not fit a count
        Assert.IsType<int>(members.Parse("۷").Value);
    }

    [Fact]
    public void Amounts_are_rials_and_only_equity_and_profit_may_be_negative_with_any_minus_sign()
    {
        var capital = Field(nameof(DeclarationContent.Capital));
        Assert.Equal(DeclarationFieldKind.Amount, capital.Kind);
        Assert.Equal("ریال", capital.Unit);
        Assert.Equal((1_500_000L, null), capital.Parse("۱٬۵۰۰٬۰۰۰"));
        Assert.Equal((2_000_000_000_000L, null), capital.Parse("2,000,000,000,000"));
        Assert.Equal((null, DeclarationFieldCatalog.NotAWholeCount), capital.Parse("-۵۰۰"));
        Assert.Equal((null, DeclarationFieldCatalog.NotAWholeCount), capital.Parse("دو میلیون"));

        var equity = Field(nameof(DeclarationContent.Equity));
        Assert.True(equity.AllowsNegative);
        Assert.Equal((-500_000L, null), equity.Parse("-۵۰۰٬۰۰۰"));
        Assert.Equal((-20L, null), equity.Parse("−۲۰"));
        Assert.Equal((-20L, null), equity.Parse("۲۰–"));
        Assert.Equal((-7L, null), equity.Parse("\u200E-7"));
        Assert.Equal((null, "عدد را درست وارد کنید (فقط رقم؛ جداکننده هزارگان مجاز است)."), equity.Parse("منفی بیست"));
        Assert.True(Field(nameof(DeclarationContent.NetProfitOrLoss)).AllowsNegative);
        Assert.Equal(
            [nameof(DeclarationContent.Equity), nameof(DeclarationContent.NetProfitOrLoss)],
            DeclarationFieldCatalog.All.Where(f => f.AllowsNegative).Select(f => f.Key));
    }

    [Fact]
    public void Dates_are_jalali_in_any_digit_script()
    {
        var held = Field(nameof(DeclarationContent.OrdinaryAssemblyHeldOn));
        Assert.Equal(DeclarationFieldKind.Date, held.Kind);
        Assert.Equal((JalaliDate.FromParts(1404, 3, 15), null), held.Parse("۱۴۰۴/۰۳/۱۵"));
        Assert.Equal((JalaliDate.FromParts(1404, 3, 15), null), held.Parse("1404-3-15"));
        Assert.Equal((null, null), held.Parse(""));
        Assert.Equal((null, "تاریخ را به شکل ۱۴۰۴/۰۵/۱۲ وارد کنید."), held.Parse("1404/13/01"));
        Assert.Equal((null, DeclarationFieldCatalog.NotADate), held.Parse("دیروز"));
        var termEnds = Field(nameof(DeclarationContent.Officers)).Column(nameof(OfficerEntry.TermEndsOn));
        Assert.Equal((JalaliDate.FromParts(1406, 4, 31), null), termEnds.Parse("۱۴۰۶/۰۴/۳۱"));
    }

    [Fact]
    public void Values_are_written_back_for_editing_and_shown_read_only_in_persian()
    {
        var profit = Field(nameof(DeclarationContent.NetProfitOrLoss));
        Assert.Equal("-۱٬۲۰۰", profit.ToText(-1200L));
        Assert.Equal("\u200E−۱٬۲۰۰ ریال", profit.Display(-1200L));
        Assert.Equal("۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال", Field(nameof(DeclarationContent.Capital)).Display(2_500_000_000L));
        Assert.Equal("۱۲", Field(nameof(DeclarationContent.MembersTotal)).Display(12));
        Assert.Equal("—", Field(nameof(DeclarationContent.MembersTotal)).Display(null));
        Assert.Null(Field(nameof(DeclarationContent.MembersTotal)).ToText(null));

        var held = Field(nameof(DeclarationContent.OrdinaryAssemblyHeldOn));
        var date = JalaliDate.FromParts(1404, 3, 15)!.Value;
        Assert.Equal("۱۴۰۴/۰۳/۱۵", held.ToText(date));
        Assert.Equal("۱۴۰۴/۰۳/۱۵", held.Display(date));
        Assert.Equal("برگزار نشده", held.Display(null));

        var tax = Field(nameof(DeclarationContent.TaxReturnFiled));
        Assert.Equal("بله", tax.Display(true));
        Assert.Equal("خیر", tax.Display(false));
        Assert.Equal("—", tax.Display(null));

        var officers = Field(nameof(DeclarationContent.Officers));
        Assert.Equal("بازرس اصلی", officers.Column(nameof(OfficerEntry.Role)).Display(OfficerRole.Inspector));
        Assert.Equal("۰۰۱۲۳۴۵۶۷۸", officers.Column(nameof(OfficerEntry.NationalCode)).Display("0012345678"));
        Assert.Equal("۰۰۱۲۳۴۵۶۷۸", officers.Column(nameof(OfficerEntry.NationalCode)).ToText("0012345678"));
    }

    [Fact]
    public void Typed_texts_that_say_the_same_are_the_same_whatever_the_digits_separators_or_letter_forms()
    {
        Assert.True(DeclarationEntry.SameTyped("۱٬۲۰۰", "1200"));
        Assert.True(DeclarationEntry.SameTyped("1,200", "١٢٠٠"));
        Assert.True(DeclarationEntry.SameTyped("−۵,۰۰۰", "-5000"));
        Assert.True(DeclarationEntry.SameTyped("علي رضايي", "علی رضایی"));
        Assert.True(DeclarationEntry.SameTyped("\u200E-7", "-۷"));
        Assert.False(DeclarationEntry.SameTyped("۱۳۰۰", "1200"));
        Assert.False(DeclarationEntry.SameTyped("-5", "5"));
    }

    [Fact]
    public void Labels_name_the_unit_in_the_form_and_are_short_in_the_views()
    {
        Assert.Equal("سرمایه (ریال)", Field(nameof(DeclarationContent.Capital)).InputLabel);
        Assert.Equal("درآمد (فروش) (ریال)", Field(nameof(DeclarationContent.Revenue)).InputLabel);
        Assert.Equal("سود یا زیان خالص (ریال)", Field(nameof(DeclarationContent.NetProfitOrLoss)).InputLabel);
        Assert.Equal("سود (زیان) خالص", Field(nameof(DeclarationContent.NetProfitOrLoss)).ViewLabel);
        Assert.Equal("شمار کل اعضا", Field(nameof(DeclarationContent.MembersTotal)).InputLabel);
        Assert.Equal("ساعت آموزش اعضا و کارکنان در سال", Field(nameof(DeclarationContent.TrainingHours)).InputLabel);
        Assert.Equal("ساعت آموزش", Field(nameof(DeclarationContent.TrainingHours)).ViewLabel);
        Assert.Equal("اظهارنامه مالیاتی سال تسلیم شده است؟", Field(nameof(DeclarationContent.TaxReturnFiled)).Label);
        Assert.Equal("اظهارنامه مالیاتی تسلیم شده", Field(nameof(DeclarationContent.TaxReturnFiled)).ViewLabel);
    }

    [Fact]
    public void Each_field_says_what_is_missing_or_may_not_be_negative_in_its_own_words()
    {
        var capital = Field(nameof(DeclarationContent.Capital));
        Assert.Equal("سرمایه را وارد کنید.", capital.Problem(null));
        Assert.Equal("سرمایه نمی‌تواند منفی باشد.", capital.Problem(-1L));
        Assert.Null(capital.Problem(0L));
        Assert.Equal("شمار کارکنان نمی‌تواند منفی باشد.", Field(nameof(DeclarationContent.Employees)).Problem(-1));

        var equity = Field(nameof(DeclarationContent.Equity));
        Assert.Equal("حقوق صاحبان سهام را وارد کنید (اگر منفی است، با علامت منفی).", equity.Problem(null));
        Assert.Null(equity.Problem(-5L));

        var hours = Field(nameof(DeclarationContent.TrainingHours));
        Assert.Equal("ساعت آموزش سال را وارد کنید (اگر آموزشی نبوده، صفر).", hours.Problem(null));
        Assert.Equal(hours.Missing, hours.Problem(-1));

        Assert.Null(Field(nameof(DeclarationContent.OrdinaryAssemblyHeldOn)).Problem(null)); // not held yet: left empty

        var questions = DeclarationFieldCatalog.In(DeclarationSection.Compliance).ToList();
        Assert.Equal(4, questions.Count);
        Assert.All(questions, q => Assert.Equal(DeclarationFieldKind.YesNo, q.Kind));
        Assert.All(questions, q => Assert.Equal("Compliance", q.ProblemKey));
        Assert.Single(questions.Select(q => q.Problem(null)).Distinct());

        var officers = Field(nameof(DeclarationContent.Officers));
        Assert.Equal("نام بازرس اصلی (ردیف ۲) را وارد کنید.", DeclarationEntry.ForRow(officers.Column(nameof(OfficerEntry.FullName)).Missing!, $"بازرس اصلی ({DeclarationFieldCatalog.Row(1)})"));
        Assert.Equal("Officers[1].TermEndsOn", officers.CellKey(1, nameof(OfficerEntry.TermEndsOn)));
    }

    [Fact]
    public void A_problems_key_names_its_section()
    {
        Assert.Equal(DeclarationSection.Members, DeclarationFieldCatalog.SectionOf("Capital"));
        Assert.Equal(DeclarationSection.Finances, DeclarationFieldCatalog.SectionOf("NetProfitOrLoss"));
        Assert.Equal(DeclarationSection.Assemblies, DeclarationFieldCatalog.SectionOf("ExtraordinaryAssemblies[3].Subject"));
        Assert.Equal(DeclarationSection.Officers, DeclarationFieldCatalog.SectionOf("Officers"));
        Assert.Equal(DeclarationSection.Compliance, DeclarationFieldCatalog.SectionOf("Compliance"));
        Assert.Equal(DeclarationSection.Compliance, DeclarationFieldCatalog.SectionOf("BooksKept"));
        Assert.Equal(DeclarationSection.Activity, DeclarationFieldCatalog.SectionOf("ExportsValue"));
        Assert.Equal(DeclarationSection.InspectorsReport, DeclarationFieldCatalog.SectionOf("Section.InspectorsReport"));
        Assert.Null(DeclarationFieldCatalog.SectionOf("Section.Nothing"));
        Assert.Null(DeclarationFieldCatalog.SectionOf("TruthDeclared"));
    }

    [Fact]
    public void Read_only_lines_follow_the_catalog_with_last_years_result_after_this_years()
    {
        var lines = DeclarationFieldCatalog.Lines(DeclarationSection.Finances, new DeclarationContent { TotalAssets = 5_000, NetProfitOrLoss = -75_000 }, -5_000);
        Assert.Equal(
            [
                ("TotalAssets", "جمع دارایی‌ها", "۵٬۰۰۰ ریال"),
                ("TotalLiabilities", "جمع بدهی‌ها", "—"),
                ("Equity", "حقوق صاحبان سهام", "—"),
                ("Revenue", "درآمد (فروش)", "—"),
                ("NetProfitOrLoss", "سود (زیان) خالص", "\u200E−۷۵٬۰۰۰ ریال"),
                ("PreviousYearNetProfitOrLoss", "سود (زیان) خالص سال قبل", "\u200E−۵٬۰۰۰ ریال"),
                ("Dividends", "سود تقسیم‌شده", "—"),
            ],
            lines.Select(l => (l.Key, l.Label, l.Value)));
        Assert.Empty(DeclarationFieldCatalog.Lines(DeclarationSection.Officers, DeclarationContent.Empty, null)); // rows are tables of their own
    }

    [Fact]
    public void Saving_a_section_takes_exactly_the_catalogs_fields_of_that_section()
    {
        var full = new DeclarationContent
        {
            MembersTotal = 1, MembersWomen = 1, MembersMen = 0, Employees = 1, Capital = 1,
            TotalAssets = 1, TotalLiabilities = 1, Equity = 1, Revenue = 1, NetProfitOrLoss = 1, Dividends = 1,
            OrdinaryAssemblyHeldOn = new DateOnly(2025, 6, 1), ExtraordinaryAssemblies = [new(new DateOnly(2025, 6, 1), "موضوع")],
            Officers = [new(OfficerRole.Ceo, "علی رضایی", "0012345678")],
            TaxReturnFiled = true, InsurancePaid = true, BooksKept = true, LicencesValid = true, TrainingHours = 1, ExportsValue = 1,
        };
        foreach (var section in DeclarationSectionText.All)
        {
            var merged = DeclarationMerge.Take(DeclarationContent.Empty, full, section);
            var keys = DeclarationFieldCatalog.In(section).Select(f => f.Key).ToHashSet();
            foreach (var property in ContentProperties())
            {
                var expected = keys.Contains(property.Name) ? property.GetValue(full) : property.GetValue(DeclarationContent.Empty);
                var actual = property.GetValue(merged);
                if (expected is System.Collections.IEnumerable list and not string)
                {
                    Assert.Equal(list.Cast<object>(), ((System.Collections.IEnumerable)actual!).Cast<object>());
                }
                else
                {
                    Assert.Equal(expected, actual);
                }
            }
        }
    }
}
