;; Counting the bytes equal to a needle, sixteen at a time: a compare, a subtract into
;; a v128 accumulator local, and a pairwise widening add at the end.

(module (memory 1)
  (func (export "count") (param $p i32) (param $n i32) (param $needle v128)
        (result v128) (local $acc v128)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i8x16.sub (local.get $acc)
          (i8x16.eq (v128.load (local.get $p)) (local.get $needle))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i16x8.extadd_pairwise_i8x16_u (local.get $acc))))

;; function 0 (export "count"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000AF
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: push    rax
;;     24: mov     r10d,[rbp+0x28]
;;     29: mov     r9d,[rbp+0x20]
;;     2e: mov     rbx,[r14+0x10]
;;     33: mov     r11,[r14]
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000102
;;     47: test    r9d,r9d
;;     4a: je      0x0000000000000083
;;     50: movdqu  xmm0,[rbx+r10]
;;     57: movdqu  xmm1,[rbp+0x10]
;;     5e: pcmpeqb xmm0,xmm1
;;     63: movdqu  xmm1,[rbp-0x20]
;;     6a: psubb   xmm1,xmm0
;;     6f: movdqu  [rbp-0x20],xmm1
;;     76: add     r10d,0x10
;;     7a: sub     r9d,1
;;     7e: jmp     0x0000000000000033
;;     83: movdqu  xmm0,[rbp-0x20]
;;     8a: movdqa  xmm15,xmm0
;;     8f: psrlw   xmm15,8
;;     95: psllw   xmm0,8
;;     9b: psrlw   xmm0,8
;;     a1: paddw   xmm0,xmm15
;;     a6: mov     rbx,[rbp-0x10]
;;     ab: leave
;;     ac: ret     0x20
;;     af: cmp     dword ptr [r11+0x14],0
;;     b8: jne     0x00000000000000CE
;;     be: cmp     rax,[r11+0x38]
;;     c3: jb      0x00000000000000E8
;;     c9: jmp     0x000000000000001E
;;     ce: mov     r11,[r14]
;;     d3: mov     qword ptr [r11+0x18],0x2A
;;     dc: mov     eax,0xA
;;     e2: mov     rsp,[r11+8]
;;     e7: ret
;;     e8: mov     r11,[r14]
;;     ed: mov     qword ptr [r11+0x18],0x2A
;;     f6: mov     eax,9
;;     fc: mov     rsp,[r11+8]
;;    101: ret
;;    102: mov     r11,[r14]
;;    107: mov     qword ptr [r11+0x18],0x2F
;;    110: mov     eax,0xA
;;    116: mov     rsp,[r11+8]
;;    11b: ret

;; function 0 (export "count"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000AF
;;     1e: push    rbx
;;     20: xor     eax,eax
;;     22: push    rax
;;     23: push    rax
;;     24: mov     r10d,[rbp+0x28]
;;     29: mov     r9d,[rbp+0x20]
;;     2e: mov     rbx,[r14+0x10]
;;     33: mov     r11,[r14]
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000102
;;     47: test    r9d,r9d
;;     4a: je      0x0000000000000083
;;     50: vmovdqu xmm0,[rbx+r10]
;;     57: vmovdqu xmm1,[rbp+0x10]
;;     5e: vpcmpeqb xmm0,xmm0,xmm1
;;     63: vmovdqu xmm1,[rbp-0x20]
;;     6a: vpsubb  xmm1,xmm1,xmm0
;;     6f: vmovdqu [rbp-0x20],xmm1
;;     76: add     r10d,0x10
;;     7a: sub     r9d,1
;;     7e: jmp     0x0000000000000033
;;     83: vmovdqu xmm0,[rbp-0x20]
;;     8a: movdqa  xmm15,xmm0
;;     8f: psrlw   xmm15,8
;;     95: psllw   xmm0,8
;;     9b: psrlw   xmm0,8
;;     a1: paddw   xmm0,xmm15
;;     a6: mov     rbx,[rbp-0x10]
;;     ab: leave
;;     ac: ret     0x20
;;     af: cmp     dword ptr [r11+0x14],0
;;     b8: jne     0x00000000000000CE
;;     be: cmp     rax,[r11+0x38]
;;     c3: jb      0x00000000000000E8
;;     c9: jmp     0x000000000000001E
;;     ce: mov     r11,[r14]
;;     d3: mov     qword ptr [r11+0x18],0x2A
;;     dc: mov     eax,0xA
;;     e2: mov     rsp,[r11+8]
;;     e7: ret
;;     e8: mov     r11,[r14]
;;     ed: mov     qword ptr [r11+0x18],0x2A
;;     f6: mov     eax,9
;;     fc: mov     rsp,[r11+8]
;;    101: ret
;;    102: mov     r11,[r14]
;;    107: mov     qword ptr [r11+0x18],0x2F
;;    110: mov     eax,0xA
;;    116: mov     rsp,[r11+8]
;;    11b: ret
