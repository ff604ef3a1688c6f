import type { ApolloClient } from '@apollo/client';
import {
  SubmitApplicationDocument,
  UploadMaterialDocument,
} from '../graphql/generated';
import { blobToBase64 } from '../util/blobToBase64';
import type { OutboxTransport } from './outbox';

/** Outbox transport that sends the two mutations through Apollo Client. */
export function createApolloOutboxTransport(
  client: ApolloClient,
): OutboxTransport {
  return {
    async uploadMaterial(material) {
      const contentBase64 = await blobToBase64(material.blob);
      const { data } = await client.mutate({
        mutation: UploadMaterialDocument,
        variables: {
          input: {
            fileName: material.fileName,
            mimeType: material.mimeType || 'application/octet-stream',
            contentBase64,
          },
        },
      });
      if (!data) throw new Error('uploadMaterial returned no data.');
      return { id: data.uploadMaterial.id };
    },

    async submitApplication(input) {
      const { data } = await client.mutate({
        mutation: SubmitApplicationDocument,
        variables: { input },
      });
      if (!data) throw new Error('submitApplication returned no data.');
      return data.submitApplication;
    },
  };
}
