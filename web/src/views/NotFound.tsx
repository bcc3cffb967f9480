import { setTitle } from "../util.ts";

export function NotFound() {
  setTitle("Not found");
  return (
    <div class="page">
      <h1>Nothing here</h1>
      <p>
        This address is not a view of the explorer. Start from the <a href="/">home page</a> or the{" "}
        <a href="/read">reader</a>.
      </p>
    </div>
  );
}
