using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Application.Supervision.GetDeclaration;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>
/// What every page of one self-declaration shares (its overview, a section, check answers), on top of the editor base:
/// the declaration as its manager sees it. The formation application's pages do the same with ApplicationPageBase.
/// </summary>
public abstract class DeclarationPageBase : CaseEditorBase<DeclarationView>
{
    [Inject]
    protected GetDeclarationHandler GetDeclaration { get; set; } = default!;

    protected override Task<Result<DeclarationView>> FetchAsync(CancellationToken cancellationToken) =>
        GetDeclaration.HandleAsync(Id, cancellationToken);

    /// <summary>The trail from «تعاونی‌های من» to the declaration, then <paramref name="here"/> when a page below it is open.</summary>
    protected List<BreadcrumbItem> Trail(string? here = null)
    {
        var v = View!;
        var declaration = $"خوداظهاری {DeclarationUi.Year(v.FiscalYear)}";
        List<BreadcrumbItem> items = [new("تعاونی‌های من", "cooperatives"), new(v.CooperativeName, $"cooperatives/{v.CooperativeId}")];
        items.Add(here is null ? new(declaration, null, disabled: true) : new(declaration, DeclarationUi.Url(v.Id)));
        if (here is not null)
        {
            items.Add(new(here, null, disabled: true));
        }

        return items;
    }
}
