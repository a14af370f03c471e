;; Atomic loads are plain moves (zero-extending when narrow) after the alignment test of
;; index + offset: `test` of the index's low bits when the offset is a multiple of the
;; size, of the index plus the offset's remainder otherwise; then the guard-page access.

(module
  (memory 1 1 shared)
  (func (export "i32") (param $a i32) (result i32)
    (i32.atomic.load offset=8 (local.get $a)))
  (func (export "i64_load16_u_odd_offset") (param $a i32) (result i64)
    (i64.atomic.load16_u offset=3 (local.get $a)))
  (func (export "load8_u") (param $a i32) (result i32)
    (i32.atomic.load8_u (local.get $a))))

;; function 0 (export "i32"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000039
;;     1e: mov     eax,[rbp+0x10]
;;     23: test    al,3
;;     27: jne     0x000000000000008C
;;     2d: mov     r11,[r14+0x10]
;;     32: mov     eax,[r11+rax+8]
;;     37: leave
;;     38: ret
;;     39: cmp     dword ptr [r11+0x14],0
;;     42: jne     0x0000000000000058
;;     48: cmp     rax,[r11+0x38]
;;     4d: jb      0x0000000000000072
;;     53: jmp     0x000000000000001E
;;     58: mov     r11,[r14]
;;     5d: mov     qword ptr [r11+0x18],0x52
;;     66: mov     eax,0xA
;;     6c: mov     rsp,[r11+8]
;;     71: ret
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x52
;;     80: mov     eax,9
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x55
;;     9a: mov     eax,0xF
;;     a0: mov     rsp,[r11+8]
;;     a5: ret

;; function 1 (export "i64_load16_u_odd_offset"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11d,eax
;;     26: add     r11d,1
;;     2a: test    r11b,1
;;     2e: jne     0x0000000000000094
;;     34: mov     r11,[r14+0x10]
;;     39: movzx   eax,word ptr [r11+rax+3]
;;     3f: leave
;;     40: ret
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x5B
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x5B
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x5E
;;     a2: mov     eax,0xF
;;     a8: mov     rsp,[r11+8]
;;     ad: ret

;; function 2 (export "load8_u"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000030
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     r11,[r14+0x10]
;;     28: movzx   eax,byte ptr [r11+rax]
;;     2e: leave
;;     2f: ret
;;     30: cmp     dword ptr [r11+0x14],0
;;     39: jne     0x000000000000004F
;;     3f: cmp     rax,[r11+0x38]
;;     44: jb      0x0000000000000069
;;     4a: jmp     0x000000000000001E
;;     4f: mov     r11,[r14]
;;     54: mov     qword ptr [r11+0x18],0x64
;;     5d: mov     eax,0xA
;;     63: mov     rsp,[r11+8]
;;     68: ret
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x64
;;     77: mov     eax,9
;;     7d: mov     rsp,[r11+8]
;;     82: ret
