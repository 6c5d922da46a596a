;; Conv2DBackpropFilter in WebAssembly SIMD, direct (no im2col, no transposes): for NHWC x and dy
;; and an HWIO filter gradient, dw[ky, kx, ci, co] = sum over b, oy, ox of
;; x[b, oy*sh + ky - pt, ox*sw + kx - pl, ci] * dy[b, oy, ox, co].
;; One output row of one image at a time (its dy and x rows stay in L1), for each filter tap and
;; each block of 2 input channels x 16 output channels: 8 vector accumulators in registers over
;; the row's pixels, then added into dw (which the caller zeroes). cout must be a multiple of 16.
;; Pointers are byte offsets into the wasm backend's memory (imported).
;; Regenerate conv-filter-grad-wasm.ts after editing: `node src-main/engine/kernels/build-wat.mjs`.
(module
  (import "env" "memory" (memory 1))

  ;; dw[2 rows, 16 cols] += sum over n pixels of x[p, 0..1]^T dy[p, 0..15].
  (func $rows2
    (param $xp i32) (param $dp i32) (param $wp i32) (param $n i32)
    (param $xStep i32) (param $dyStep i32) (param $rowBytes i32)
    (local $w1 i32) (local $s0 v128) (local $s1 v128) (local $d v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128)
    (local.set $w1 (i32.add (local.get $wp) (local.get $rowBytes)))
    (block $done
      (loop $pixel
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $s0 (v128.load32_splat (local.get $xp)))
        (local.set $s1 (v128.load32_splat offset=4 (local.get $xp)))
        (local.set $d (v128.load (local.get $dp)))
        (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $s0) (local.get $d))))
        (local.set $b0 (f32x4.add (local.get $b0) (f32x4.mul (local.get $s1) (local.get $d))))
        (local.set $d (v128.load offset=16 (local.get $dp)))
        (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $s0) (local.get $d))))
        (local.set $b1 (f32x4.add (local.get $b1) (f32x4.mul (local.get $s1) (local.get $d))))
        (local.set $d (v128.load offset=32 (local.get $dp)))
        (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $s0) (local.get $d))))
        (local.set $b2 (f32x4.add (local.get $b2) (f32x4.mul (local.get $s1) (local.get $d))))
        (local.set $d (v128.load offset=48 (local.get $dp)))
        (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $s0) (local.get $d))))
        (local.set $b3 (f32x4.add (local.get $b3) (f32x4.mul (local.get $s1) (local.get $d))))
        (local.set $xp (i32.add (local.get $xp) (local.get $xStep)))
        (local.set $dp (i32.add (local.get $dp) (local.get $dyStep)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $pixel)))
    (v128.store (local.get $wp) (f32x4.add (v128.load (local.get $wp)) (local.get $a0)))
    (v128.store offset=16 (local.get $wp)
      (f32x4.add (v128.load offset=16 (local.get $wp)) (local.get $a1)))
    (v128.store offset=32 (local.get $wp)
      (f32x4.add (v128.load offset=32 (local.get $wp)) (local.get $a2)))
    (v128.store offset=48 (local.get $wp)
      (f32x4.add (v128.load offset=48 (local.get $wp)) (local.get $a3)))
    (v128.store (local.get $w1) (f32x4.add (v128.load (local.get $w1)) (local.get $b0)))
    (v128.store offset=16 (local.get $w1)
      (f32x4.add (v128.load offset=16 (local.get $w1)) (local.get $b1)))
    (v128.store offset=32 (local.get $w1)
      (f32x4.add (v128.load offset=32 (local.get $w1)) (local.get $b2)))
    (v128.store offset=48 (local.get $w1)
      (f32x4.add (v128.load offset=48 (local.get $w1)) (local.get $b3))))

  ;; dw[1 row, 16 cols] += sum over n pixels of x[p, 0] dy[p, 0..15] (an odd last input channel).
  (func $rows1
    (param $xp i32) (param $dp i32) (param $wp i32) (param $n i32)
    (param $xStep i32) (param $dyStep i32)
    (local $s0 v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (block $done
      (loop $pixel
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $s0 (v128.load32_splat (local.get $xp)))
        (local.set $a0 (f32x4.add (local.get $a0)
          (f32x4.mul (local.get $s0) (v128.load (local.get $dp)))))
        (local.set $a1 (f32x4.add (local.get $a1)
          (f32x4.mul (local.get $s0) (v128.load offset=16 (local.get $dp)))))
        (local.set $a2 (f32x4.add (local.get $a2)
          (f32x4.mul (local.get $s0) (v128.load offset=32 (local.get $dp)))))
        (local.set $a3 (f32x4.add (local.get $a3)
          (f32x4.mul (local.get $s0) (v128.load offset=48 (local.get $dp)))))
        (local.set $xp (i32.add (local.get $xp) (local.get $xStep)))
        (local.set $dp (i32.add (local.get $dp) (local.get $dyStep)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $pixel)))
    (v128.store (local.get $wp) (f32x4.add (v128.load (local.get $wp)) (local.get $a0)))
    (v128.store offset=16 (local.get $wp)
      (f32x4.add (v128.load offset=16 (local.get $wp)) (local.get $a1)))
    (v128.store offset=32 (local.get $wp)
      (f32x4.add (v128.load offset=32 (local.get $wp)) (local.get $a2)))
    (v128.store offset=48 (local.get $wp)
      (f32x4.add (v128.load offset=48 (local.get $wp)) (local.get $a3))))

  ;; All input channels and output-channel blocks of one filter tap over one run of n pixels.
  (func $tap
    (param $xp i32) (param $dp i32) (param $wp i32) (param $n i32)
    (param $xStep i32) (param $cin i32) (param $cout i32)
    (local $ci i32) (local $co i32) (local $rowBytes i32)
    (local.set $rowBytes (i32.shl (local.get $cout) (i32.const 2)))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.gt_u (i32.add (local.get $ci) (i32.const 2)) (local.get $cin)))
        (local.set $co (i32.const 0))
        (block $blocksDone
          (loop $blocks
            (br_if $blocksDone (i32.ge_u (local.get $co) (local.get $cout)))
            (call $rows2
              (i32.add (local.get $xp) (i32.shl (local.get $ci) (i32.const 2)))
              (i32.add (local.get $dp) (i32.shl (local.get $co) (i32.const 2)))
              (i32.add (local.get $wp)
                (i32.shl (i32.add (i32.mul (local.get $ci) (local.get $cout)) (local.get $co))
                  (i32.const 2)))
              (local.get $n) (local.get $xStep) (local.get $rowBytes) (local.get $rowBytes))
            (local.set $co (i32.add (local.get $co) (i32.const 16)))
            (br $blocks)))
        (local.set $ci (i32.add (local.get $ci) (i32.const 2)))
        (br $pairs)))
    (if (i32.lt_u (local.get $ci) (local.get $cin))
      (then
        (local.set $co (i32.const 0))
        (block $blocksDone
          (loop $blocks
            (br_if $blocksDone (i32.ge_u (local.get $co) (local.get $cout)))
            (call $rows1
              (i32.add (local.get $xp) (i32.shl (local.get $ci) (i32.const 2)))
              (i32.add (local.get $dp) (i32.shl (local.get $co) (i32.const 2)))
              (i32.add (local.get $wp)
                (i32.shl (i32.add (i32.mul (local.get $ci) (local.get $cout)) (local.get $co))
                  (i32.const 2)))
              (local.get $n) (local.get $xStep) (local.get $rowBytes))
            (local.set $co (i32.add (local.get $co) (i32.const 16)))
            (br $blocks))))))

  ;; First output column ox whose input column ox*s + k - p is >= 0 (for k - p < 0).
  (func $firstInside (param $k i32) (param $p i32) (param $s i32) (result i32)
    (if (result i32) (i32.ge_s (i32.sub (local.get $k) (local.get $p)) (i32.const 0))
      (then (i32.const 0))
      (else (i32.div_u (i32.add (i32.sub (local.get $p) (local.get $k))
        (i32.sub (local.get $s) (i32.const 1))) (local.get $s)))))

  (func (export "convFilterGrad")
    (param $x i32) (param $dy i32) (param $dw i32)
    (param $batch i32) (param $h i32) (param $w i32) (param $cin i32)
    (param $ho i32) (param $wo i32) (param $cout i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $pt i32) (param $pl i32)
    (local $b i32) (local $oy i32) (local $ky i32) (local $kx i32) (local $iy i32)
    (local $lo i32) (local $hi i32) (local $dyRow i32) (local $xStep i32)
    (local.set $xStep (i32.shl (i32.mul (local.get $sw) (local.get $cin)) (i32.const 2)))
    (block $imagesDone
      (loop $images
        (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $batch)))
        (local.set $oy (i32.const 0))
        (block $rowsDone
          (loop $rows
            (br_if $rowsDone (i32.ge_u (local.get $oy) (local.get $ho)))
            (local.set $dyRow (i32.add (local.get $dy) (i32.shl
              (i32.mul (i32.mul (i32.add (i32.mul (local.get $b) (local.get $ho)) (local.get $oy))
                (local.get $wo)) (local.get $cout)) (i32.const 2))))
            (local.set $ky (i32.const 0))
            (block $kyDone
              (loop $kys
                (br_if $kyDone (i32.ge_u (local.get $ky) (local.get $fh)))
                (local.set $iy (i32.sub (i32.add (i32.mul (local.get $oy) (local.get $sh))
                  (local.get $ky)) (local.get $pt)))
                (if (i32.and (i32.ge_s (local.get $iy) (i32.const 0))
                      (i32.lt_s (local.get $iy) (local.get $h)))
                  (then
                    (local.set $kx (i32.const 0))
                    (block $kxDone
                      (loop $kxs
                        (br_if $kxDone (i32.ge_u (local.get $kx) (local.get $fw)))
                        (local.set $lo (call $firstInside (local.get $kx) (local.get $pl)
                          (local.get $sw)))
                        ;; One past the last ox with ox*sw + kx - pl < w.
                        (local.set $hi (call $firstInside
                          (i32.sub (local.get $kx) (local.get $w)) (local.get $pl) (local.get $sw)))
                        (if (i32.gt_u (local.get $hi) (local.get $wo))
                          (then (local.set $hi (local.get $wo))))
                        (if (i32.lt_u (local.get $lo) (local.get $hi))
                          (then
                            (call $tap
                              (i32.add (local.get $x) (i32.shl (i32.mul (i32.add
                                (i32.mul (i32.add (i32.mul (local.get $b) (local.get $h))
                                  (local.get $iy)) (local.get $w))
                                (i32.sub (i32.add (i32.mul (local.get $lo) (local.get $sw))
                                  (local.get $kx)) (local.get $pl)))
                                (local.get $cin)) (i32.const 2)))
                              (i32.add (local.get $dyRow) (i32.shl
                                (i32.mul (local.get $lo) (local.get $cout)) (i32.const 2)))
                              (i32.add (local.get $dw) (i32.shl (i32.mul (i32.mul
                                (i32.add (i32.mul (local.get $ky) (local.get $fw)) (local.get $kx))
                                (local.get $cin)) (local.get $cout)) (i32.const 2)))
                              (i32.sub (local.get $hi) (local.get $lo))
                              (local.get $xStep) (local.get $cin) (local.get $cout))))
                        (local.set $kx (i32.add (local.get $kx) (i32.const 1)))
                        (br $kxs)))))
                (local.set $ky (i32.add (local.get $ky) (i32.const 1)))
                (br $kys)))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (br $rows)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $images)))))
