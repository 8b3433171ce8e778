// Each page is a folder (/timelines/, /timelines/<id>/): the addresses the site publishes, one per timeline.
export const trailingSlash = 'always';
