import { RequestedForm } from "./requested-form";
import { ButtonLink } from "./ui";

/**
 * A form drawn only when the address asks for it (see RequestedForm): closed, a link named
 * `label` ("Log an ask…") to `openHref`; open, the form `render` draws, with "Close this
 * form". `render` runs only when open, so the form's choices are read only then.
 */
export function FormOnRequest({
  open,
  label,
  openHref,
  closeHref,
  render,
}: {
  open: boolean;
  label: string;
  openHref: string;
  closeHref: string;
  render: () => React.ReactNode;
}) {
  if (!open) {
    return (
      <ButtonLink href={openHref} variant="secondary" scroll={false} prefetch={false}>
        {label}
      </ButtonLink>
    );
  }
  return <RequestedForm closeHref={closeHref}>{render()}</RequestedForm>;
}
