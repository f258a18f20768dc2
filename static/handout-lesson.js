// /handout?lesson=… is a lesson's handout, drawn by /handout/lesson (the story's handout has no
// script of its own, so this one line of script sends such a link on, the lesson kept).
if (new URLSearchParams(location.search).has('lesson')) location.replace(location.pathname.replace(/\/handout(?:\.html)?\/?$/, '/handout/lesson') + location.search + location.hash);
