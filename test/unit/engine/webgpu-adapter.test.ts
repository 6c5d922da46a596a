/** Which WebGPU adapters count as software (skipped unless forced), and how the badge names them. */
import { describe, expect, it } from 'vitest';
import { gpuName } from '../../../src-main/contract/api.ts';
import { describeAdapter } from '../../../src-main/engine/webgpu.ts';

describe('WebGPU adapters', () => {
  it.each([
    // [what Dawn reports, software?, the name shown]
    [
      { vendor: 'google', architecture: 'swiftshader', description: 'SwiftShader driver 5.0.0' },
      true,
      'google SwiftShader driver 5.0.0 (swiftshader)',
    ],
    [
      { vendor: 'mesa', architecture: '', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' },
      true,
      'mesa llvmpipe (LLVM 15.0.6, 256 bits)',
    ],
    [{ vendor: '', architecture: '', device: 'lavapipe', description: '' }, true, 'lavapipe'],
    [
      { vendor: 'microsoft', architecture: '', description: 'Microsoft Basic Render Driver' },
      true,
      'Microsoft Basic Render Driver',
    ],
    [{ vendor: 'x', architecture: '', description: 'y', isFallbackAdapter: true }, true, 'x y'],
    [
      { vendor: 'nvidia', architecture: 'ampere', description: 'NVIDIA GeForce RTX 3060' },
      false,
      'NVIDIA GeForce RTX 3060 (ampere)',
    ],
    [
      { vendor: 'intel', architecture: 'gen-12lp', description: 'Intel(R) UHD Graphics 770' },
      false,
      'Intel(R) UHD Graphics 770 (gen-12lp)',
    ],
    [{ vendor: 'apple', architecture: 'metal-3', description: '' }, false, 'apple (metal-3)'],
    [{}, false, 'an unnamed GPU'],
  ])('%o: software %s, named %s', (info, software, name) => {
    const adapter = describeAdapter(info);
    expect(adapter.software).toBe(software);
    expect(gpuName(adapter)).toBe(name);
  });
});
