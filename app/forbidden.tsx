import { Forbidden } from "@/app/_components/forbidden";

// Rendered with status 403 when a page calls forbidden() (see server/dal/session.ts).
export default function ForbiddenPage() {
  return (
    <main className="px-4">
      <Forbidden />
    </main>
  );
}
