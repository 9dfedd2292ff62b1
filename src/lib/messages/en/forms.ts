import type { Catalog } from '../format';

/** The words of forms and dialogs that several pages share: buttons, the name field, the custom providers’ names. */
export default {
	close: 'Close',
	cancel: 'Cancel',
	save: 'Save',
	delete: 'Delete',
	'delete-anyway': 'Delete anyway',
	ok: 'Ok',
	done: 'Done',
	none: 'none',
	copy: 'Copy',
	copied: 'Copied',
	saving: 'Saving…',
	'copy-refused': 'Copying is not allowed here: select the text and copy it yourself',
	'provider-oidc': 'Custom OpenID Connect',
	'provider-oauth2': 'Custom OAuth2',
	name: 'Name'
} satisfies Catalog<string>;
