namespace CoopPortal.Web.Components.Common;

/// <summary>One choice of an <see cref="OptionSelect{T}"/>: the value and what the person reads.</summary>
public sealed record SelectOption<T>(T Value, string Title);

/// <summary>Reference lists as the choices of an <see cref="OptionSelect{T}"/>.</summary>
public static class SelectOptions
{
    public static IEnumerable<SelectOption<int?>> Of(IEnumerable<CoopPortal.Application.ReferenceData.LookupOption> list) =>
        list.Select(o => new SelectOption<int?>(o.Id, o.Title));

    public static IEnumerable<SelectOption<int?>> Of(IEnumerable<CoopPortal.Application.ReferenceData.CountyOption> list) =>
        list.Select(o => new SelectOption<int?>(o.Id, o.Title));

    public static IEnumerable<SelectOption<int?>> Of(IEnumerable<CoopPortal.Application.ReferenceData.ProvinceItem> list) =>
        list.Select(p => new SelectOption<int?>(p.Id, p.Name));

    /// <summary>The choices with «all» (no value) first, as the office lists' filters offer them.</summary>
    public static IEnumerable<SelectOption<int?>> WithAll(this IEnumerable<SelectOption<int?>> options, string all) =>
        options.Prepend(new SelectOption<int?>(null, all));
}
