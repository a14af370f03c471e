;; `y = a * x + y` over f32x4 vectors: two loads, a multiply and an add per iteration,
;; with `a` read from its slot.

(module (memory 1)
  (func (export "axpy") (param $a v128) (param $x i32) (param $y i32) (param $n i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (v128.store (local.get $y)
          (f32x4.add (f32x4.mul (local.get $a) (v128.load (local.get $x)))
                     (v128.load (local.get $y))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))))

;; function 0 (export "axpy"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008F
;;     1e: push    rbx
;;     20: mov     r9d,[rbp+0x20]
;;     25: mov     r10d,[rbp+0x18]
;;     2a: mov     r8d,[rbp+0x10]
;;     2f: mov     rbx,[r14+0x10]
;;     34: mov     r11,[r14]
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x00000000000000E2
;;     48: test    r8d,r8d
;;     4b: je      0x0000000000000086
;;     51: movdqu  xmm0,[rbx+r9]
;;     58: movdqu  xmm1,[rbp+0x28]
;;     5f: mulps   xmm1,xmm0
;;     63: movdqu  xmm0,[rbx+r10]
;;     6a: addps   xmm1,xmm0
;;     6e: movdqu  [rbx+r10],xmm1
;;     75: add     r9d,0x10
;;     79: add     r10d,0x10
;;     7d: sub     r8d,1
;;     81: jmp     0x0000000000000034
;;     86: mov     rbx,[rbp-0x10]
;;     8b: leave
;;     8c: ret     0x28
;;     8f: cmp     dword ptr [r11+0x14],0
;;     98: jne     0x00000000000000AE
;;     9e: cmp     rax,[r11+0x38]
;;     a3: jb      0x00000000000000C8
;;     a9: jmp     0x000000000000001E
;;     ae: mov     r11,[r14]
;;     b3: mov     qword ptr [r11+0x18],0x29
;;     bc: mov     eax,0xA
;;     c2: mov     rsp,[r11+8]
;;     c7: ret
;;     c8: mov     r11,[r14]
;;     cd: mov     qword ptr [r11+0x18],0x29
;;     d6: mov     eax,9
;;     dc: mov     rsp,[r11+8]
;;     e1: ret
;;     e2: mov     r11,[r14]
;;     e7: mov     qword ptr [r11+0x18],0x2C
;;     f0: mov     eax,0xA
;;     f6: mov     rsp,[r11+8]
;;     fb: ret

;; function 0 (export "axpy"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000091
;;     1e: push    rbx
;;     20: mov     r9d,[rbp+0x20]
;;     25: mov     r10d,[rbp+0x18]
;;     2a: mov     r8d,[rbp+0x10]
;;     2f: mov     rbx,[r14+0x10]
;;     34: mov     r11,[r14]
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x00000000000000E4
;;     48: test    r8d,r8d
;;     4b: je      0x0000000000000088
;;     51: vmovdqu xmm0,[rbx+r9]
;;     58: vmovdqu xmm1,[rbp+0x28]
;;     5f: vmulps  xmm1,xmm1,xmm0
;;     64: vmovdqu xmm0,[rbx+r10]
;;     6b: vaddps  xmm1,xmm1,xmm0
;;     70: vmovdqu [rbx+r10],xmm1
;;     77: add     r9d,0x10
;;     7b: add     r10d,0x10
;;     7f: sub     r8d,1
;;     83: jmp     0x0000000000000034
;;     88: mov     rbx,[rbp-0x10]
;;     8d: leave
;;     8e: ret     0x28
;;     91: cmp     dword ptr [r11+0x14],0
;;     9a: jne     0x00000000000000B0
;;     a0: cmp     rax,[r11+0x38]
;;     a5: jb      0x00000000000000CA
;;     ab: jmp     0x000000000000001E
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x29
;;     be: mov     eax,0xA
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x29
;;     d8: mov     eax,9
;;     de: mov     rsp,[r11+8]
;;     e3: ret
;;     e4: mov     r11,[r14]
;;     e9: mov     qword ptr [r11+0x18],0x2C
;;     f2: mov     eax,0xA
;;     f8: mov     rsp,[r11+8]
;;     fd: ret
